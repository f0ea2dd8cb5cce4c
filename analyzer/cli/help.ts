export const MAIN_HELP = `blastmap: where a TS/JS codebase would hurt most if it broke and nobody could explain it

Usage:
  blastmap analyze [path] [options]   analyze a repository (default: the current directory)
  blastmap view [report.json|dir]     serve a report on localhost and open the browser
  blastmap codeowners [path]          print the suggested CODEOWNERS change (a patch, or a new file)
  blastmap audit [path] [options]     rate how well you still know the areas you author or own
  blastmap diff <old.json> <new.json> what changed between two reports (since the last review)
  blastmap review [path] --base <ref> judge a change (a pull request): what it can break, findings, gate
  blastmap --help | --version

Run 'blastmap <command> --help' (analyze, view, codeowners, audit, diff, review) for its options.`;

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
      --leaving <person>    compute every figure as if this person had left at "now": inactive,
                            their knowledge lost (repeatable; an author id, name, email or
                            GitHub login; someone the history does not know is an error)
      --trend               add trend[] and report.md's "Over time": at each month end in the
                            window (--since to now; without --since the 24 months before now)
                            what analyze reports for the commit of that date, with --now <date>
                            --since <date - 90 days>: source modules, truck factor, AI share,
                            share of source modules with no active author; at each quarter's
                            last point also each area's risk mass and active authors' share
      --trend-every <n>     the same, one point every n days back from now (implies --trend)
      --cache-dir <dir>     where re-runs find earlier work (default: $XDG_CACHE_HOME/blastmap,
                            else ~/.cache/blastmap; never inside the analyzed repository,
                            nor, outside git, inside the analyzed directory)
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
  blastmap analyze --trend                  and how the figures moved over the last 24 months
  blastmap analyze --since 2025-01-01 --trend-every 14
                                            a point every two weeks since January 2025
  blastmap analyze --example 'apps/**' --tooling 'scripts/**'
                                            a monorepo whose apps are demos of its packages
  blastmap analyze --leaving ann@example.com --leaving 'Bo Li'
                                            what would be left if Ann and Bo left today

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
  blastmap view /tmp/app-risk --no-open    print the URL only (a remote shell)

Exit status: 0 when stopped (Ctrl-C), 2 when the report is missing, not JSON, not a blastmap
report or of a schema version this build does not read, or the --port given is in use or not
allowed; 1 when serving failed otherwise.`;


export const CODEOWNERS_HELP = `Usage: blastmap codeowners [path] [analyze options]

Analyzes the repository (as 'blastmap analyze' does, writing nothing) and prints the suggested
CODEOWNERS change on its own: rules naming the active authors (degree of authorship) of the
riskiest areas whose declared owners include no active author. When the repository has a
CODEOWNERS file, a unified diff against it ('git apply' takes it); when it has none, the new
file. Nothing is printed when there is nothing to suggest. People are named by GitHub login when
one is known (a noreply address, or the config key declaredOwners), else by email.

Options: every 'blastmap analyze' option that changes figures (--config, --now, --since,
--activity-days, --leaving, --exclude, --test, --example, --tooling, --cache-dir, --no-cache, ...).
  -h, --help                this help

Examples:
  blastmap codeowners                          the suggestion for this repository
  blastmap codeowners ../app | git -C ../app apply
                                               apply it (review it first)
  blastmap codeowners --leaving ann@example.com
                                               who should own it once Ann has left
  blastmap codeowners ../app > CODEOWNERS      a repository without one: the new file

Exit status: 0 (also when there is nothing to suggest), 2 for bad input or options, 1 when the
analysis itself failed.`;

export const AUDIT_HELP = `Usage: blastmap audit [path] [options]

The system ownership audit, for one person: analyzes the repository (default: the current
directory), lists the areas you author by degree of authorship (and those CODEOWNERS declares
you owner of, when the report has them), riskiest first, with one line of context each (blast
radius, last change, AI-assisted share), and asks how well you know each:
  1 fluent     can explain it from memory
  2 warming    can work through it with a quick reference
  3 reviewing  needs real effort to reconstruct
  s            skip this area        q   stop; what was answered is kept
The answers are appended as dated rows (date,person,area,rating) to
<path>/.blastmap/familiarity.csv, created with its header when absent. That is the one file
audit writes in the repository, only when you rated something; it never commits (commit the
file yourself to share it). 'blastmap analyze' reads it into areas[].familiarity and the score.
End of input saves like q; Ctrl-C saves nothing.

Options:
      --as <name|email>    who is rating: your name or email as git log shows it
                           (default: git config user.email, then user.name)
      --answers <file>     read the answers from a file, one per line, instead of the terminal
                           (for scripts and tests); a pipe such as <(printf '1\\n') or
                           /dev/stdin, or /dev/null (no answers), does too; up to 1 MiB
      --date <YYYY-MM-DD>  the date written on each row (default: today)
  -c, --config <file>      config file, as for analyze (default: <path>/blastmap.config.json)
  -h, --help               this help

Examples:
  blastmap audit                                  rate the current repository's areas as yourself
  blastmap audit ../api --as ana@example.com      rate another checkout, as Ana
  printf '1\\n3\\ns\\nq\\n' > answers.txt && blastmap audit --answers answers.txt
                                                  the same, scripted`;

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
