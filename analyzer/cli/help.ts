export const MAIN_HELP = `blastmap: where a TS/JS codebase would hurt most if it broke and nobody could explain it

Usage:
  blastmap analyze [path] [options]   analyze a repository (default: the current directory)
  blastmap view [report.json|dir]     serve a report on localhost and open the browser
  blastmap review [path] --base <ref> judge a change (a pull request): what it can break, findings, gate
  blastmap --help | --version

Run 'blastmap analyze --help', 'blastmap view --help' or 'blastmap review --help' for their options.`;

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
  -h, --help                this help

Examples:
  blastmap analyze                          this repository, report in ./blastmap-report
  blastmap analyze ../app -o /tmp/app-risk  another checkout, report elsewhere
  blastmap analyze --since 2025-01-01 --exclude '**/*.generated.ts'
  blastmap analyze --no-cache --timings     a cold run, with its phase times
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
