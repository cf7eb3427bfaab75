const USAGE = 'Usage: policy-lens analyze <file|dir|->... [--format json|jsonl] [--out DIR] [--reference-date YYYY-MM-DD]';

process.stdout.write(USAGE + '\n');
