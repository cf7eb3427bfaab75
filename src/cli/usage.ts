/** The --help text; the one place the CLI's options are described. */
export const USAGE = `Usage: policy-lens analyze <file|dir|->... [options]

Finds quotes and who said them, figures, dates and check-worthy claims in
articles (.txt, first line "date YYYY-MM-DD Headline") and prints the
analysis as JSON (schema/article-analysis.schema.json, version 1).

Inputs:
  <file>      an article, UTF-8, or UTF-16 with a byte order mark (the mark
              is skipped)
  <dir>       every .txt file below it, recursively, in sorted path order
              (hidden files and folders, and node_modules, are skipped)
  -           read one article from standard input (source.path is null)

Options:
  --format json|jsonl     json (default): one pretty document per article; with
                          several articles they follow one another, a JSON stream
                          that jq reads. jsonl: one line per article.
  --out DIR               write one file per article into DIR instead, named
                          <name> and the format's suffix: .analysis.json for
                          json, .w3c.jsonld, .ann (brat) or .claims.csv (csv);
                          standard input is written as stdin.<suffix>. <name> is
                          the path below the deepest folder common to the inputs
                          (a folder counts as itself, a file as its folder), so
                          yrs/2023 yrs/2024 give 2023/budget and 2024/budget; an
                          article whose name an earlier one took is skipped with
                          a message. DIR is created and checked before anything
                          is analysed; each file is written atomically
  --reference-date YYYY-MM-DD
                          resolve relative dates against this date when an
                          article has no dateline
  --min-check-worthiness N
                          keep claims scoring at least N, 0..1 (default 0.5);
                          with --annotations, reviewed claims are kept too
  --all-claims            keep every claim candidate whatever its score
  --format w3c|brat|csv   w3c: W3C Web Annotation JSON-LD; brat: standoff .ann,
                          one article on standard output, else with --out DIR;
                          csv: one claim per row (one header per stream)
  --annotations           merge the hand annotations in <file>.annotations.json
                          beside each article (docs/annotations.md); a damaged
                          or newer one is reported and left alone
  --include-rejected      with --annotations (required), keep rejected items
                          (flagged by review.status) instead of leaving them out
  -j, --jobs N            analyse the articles on N threads; the output is the
                          same, in the same order (default: one per core from
                          8,000 files on, else one, as each thread first
                          compiles the engine)
  -h, --help              show this help
  -v, --version           print the version

Exit status: 0 when every article was analysed; 1 when some input could not
be read or decoded, or some output file could not be written or was skipped
as a name collision (the others are still analysed); 2 for bad arguments,
including an --out folder that cannot be created or written (nothing is
analysed then).
`;
