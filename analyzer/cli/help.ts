export const MAIN_HELP = `blastmap: where a TS/JS codebase would hurt most if it broke and nobody could explain it

Usage:
  blastmap analyze [path] [options]   analyze a repository (default: the current directory)
  blastmap view [report.json|dir]     serve a report on localhost and open the browser
  blastmap diff <old.json> <new.json> what changed between two reports (since the last review)
  blastmap --help | --version

Run 'blastmap analyze --help' or 'blastmap view --help' for their options.`;

export const ANALYZE_HELP = `Usage: blastmap analyze [path] [options]

Writes <out>/report.json (the versioned contract), <out>/report.md (for architecture reviews)
and <out>/report.html (the viewer with the report inside; opens from file://).

Options:
  -o, --out <dir>           output folder (default: ./blastmap-report in the current directory)
  -c, --config <file>       config file (default: <path>/blastmap.config.json when present)
      --since <date>        window start for commit and churn figures (ISO date); authorship
                            always uses the whole history
      --now <date>          the date taken as "now" (default: HEAD's commit date), for
                            reproducible reports
      --activity-days <n>   an author is active when they committed within n days of now (180)
      --top <n>             how many risks report.md lists (15)
      --exclude <glob>      leave matching files out (repeatable; each is named in warnings[])
      --test <glob>         mark matching files as test code (repeatable; replaces the defaults)
      --example <glob>      mark matching files as example code: examples, demos, playgrounds,
                            docs sites (repeatable; replaces the defaults)
      --tooling <glob>      mark matching files as developer tooling: build scripts,
                            benchmarks, generators (repeatable; replaces the defaults)
                            Tests, examples and tooling stay in the graph, but only source
                            modules count toward blast radius, centrality and the truck factor
      --no-merge-same-name  keep people apart who commit under one full name from several
                            addresses (default: merged, each merge listed in authors[].aliases)
      --max-file-bytes <n>  leave out files larger than n bytes (1048576)
      --anonymize           replace people's names and emails with stable pseudonyms
      --cache-dir <dir>     where re-runs find earlier work (default: $XDG_CACHE_HOME/blastmap,
                            else ~/.cache/blastmap; never inside the analyzed repository)
      --no-cache            read and parse everything; keep nothing for the next run
  -q, --quiet               no progress on stderr
      --timings             at the end, one JSON line on stderr: phase times, output
                            times and peak memory (what npm run bench reads)
      --baseline <file>     an earlier report.json (schema 1 or 2): report.md gets "Since the
                            last review" and report.json sinceBaseline (as 'blastmap diff')
  -h, --help                this help

Examples:
  blastmap analyze                          this repository, report in ./blastmap-report
  blastmap analyze ../app -o /tmp/app-risk  another checkout, report elsewhere
  blastmap analyze --since 2025-01-01 --exclude '**/*.generated.ts'
  blastmap analyze --no-cache --timings     a cold run, with its phase times
  blastmap analyze --baseline last-review/report.json
                                            what changed since that report, in report.md
  blastmap analyze --example 'apps/**' --tooling 'scripts/**'
                                            a monorepo whose apps are demos of its packages

Exit status: 0 on success (even with per-file warnings), 2 for bad input or options, 1 when the
analysis itself failed.`;

export const VIEW_HELP = `Usage: blastmap view [report.json|dir] [options]

Serves a report (default: ./blastmap-report) on 127.0.0.1 and opens it in the browser.

Options:
  -p, --port <n>   port to listen on (default: any free port)
      --no-open    do not open a browser; just print the URL
  -h, --help       this help

Examples:
  blastmap view                            ./blastmap-report, in the default browser
  blastmap view /tmp/app-risk --no-open    print the URL only (a remote shell)`;

export const DIFF_HELP = `Usage: blastmap diff <old report.json> <new report.json> [options]

Each report is a report.json or the folder holding one (an 'analyze --out' folder).

Compares two reports of one repository (written by 'blastmap analyze', schema version 1 or 2):
modules and areas whose risk level changed and the factor that moved each most, hubs that
appeared or vanished, authors active then and not now, truck factor and AI-assisted share then
and now, modules added and removed. Prints to standard output; notes (different repositories,
different settings, anonymized reports) also go to stderr.

Options:
  -f, --format <f>   markdown (default) or json (shape: docs/diff.md, schema/comparison.schema.json)
      --top <n>      rows per list in the Markdown before "and N more" (20)
  -h, --help         this help

Examples:
  blastmap diff last-review/report.json blastmap-report/report.json > since.md
  blastmap diff old.json new.json --format json | jq '.modules.levelChanges'
  blastmap analyze --baseline last-review/report.json   the same comparison, in report.md

Exit status: 0 when compared, 2 when a file is missing, unreadable, not JSON, not a blastmap
report, of a schema version this build does not read, or does not match its schema.`;
