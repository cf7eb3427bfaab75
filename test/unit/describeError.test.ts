import * as assert from 'node:assert/strict';
import { describe as describeError } from '../../src/cli/describeError';

describe('describeError', () => {
  const coded = (code: string, message = 'raw') => Object.assign(new Error(message), { code });
  const rows = [
    { name: 'a missing file', error: coded('ENOENT'), expect: 'no such file or directory' },
    { name: 'a symbolic link loop', error: coded('ELOOP'), expect: 'too many symbolic links' },
    // Node's own words name a hex limit and no file
    { name: 'a file too long for one string', error: coded('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters'),
      expect: 'too large to analyse (the limit is about 500 MB of text)' },
    { name: 'a file over 2 GB', error: coded('ERR_FS_FILE_TOO_LARGE', 'File size (3000000000) is greater than 2 GiB'),
      expect: 'too large to analyse (the limit is about 500 MB of text)' },
    { name: 'an unknown code, by its message', error: coded('EWHATEVER', 'odd failure'), expect: 'odd failure' },
    { name: 'a thrown string', error: 'plain', expect: 'plain' },
  ];
  for (const row of rows) {
    it(`describes ${row.name}`, () => assert.equal(describeError(row.error), row.expect));
  }
});
