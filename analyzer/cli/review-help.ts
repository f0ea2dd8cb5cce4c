export const REVIEW_HELP = `Usage: blastmap review [path] --base <ref> [--head <ref>] [options]

Judges the change base...head (head against the merge-base of base and head, as a pull request
shows it): the TS/JS files it changes, every source module that depends on them, who to ask, and
findings with a rule id, a level and one sentence each. Exit 0 when the gate passes, 1 when it
fails, 2 for bad input, 3 when the review could not run. Head must be the checked-out commit (its
history is read from HEAD).

Options:
      --base <ref>              the branch the change goes into (required), e.g. origin/main
      --head <ref>              the change's last commit (default: HEAD; must be checked out)
  -f, --format <f>              json | markdown | sarif | github (default: markdown)
                                github: workflow-command annotations (10 per level, most
                                important first) and the Markdown in $GITHUB_STEP_SUMMARY
      --description-file <file> the pull request's description (default on GitHub Actions:
                                pull_request.body of $GITHUB_EVENT_PATH); searched for the
                                explanation heading (config review.explanationHeading, "## Why")
      --baseline <file>         findings in this file are reported but never fail the gate
      --write-baseline <file>   write every finding of this review to <file> (exit 0)
  -c, --config <file>           config file; without it, the review settings are the ones of
                                blastmap.config.json at the merge-base (a change cannot loosen
                                its own gate)
      --since <date>            window start for commit and churn figures (ISO date)
      --now <date>              the date taken as "now" (default: HEAD's commit date)
      --activity-days <n>       an author is active within n days of now (180)
      --exclude <glob>          leave matching files out (repeatable)
      --max-file-bytes <n>      leave out files larger than n bytes (1048576)
      --cache-dir <dir>         where re-runs find earlier work (as for analyze)
      --no-cache                read and parse everything; keep nothing for the next run
  -q, --quiet                   nothing on stderr but errors
      --timings                 at the end, one JSON line on stderr with the time taken
  -h, --help                    this help

Rules (config key review.rules.<id>: level error|warning|note|off, fail, paths):
  ai-change-unexplained     an AI-assisted commit changed a module at review.aiRiskLevel (high)
                            or with blast radius >= review.aiBlastRadius (20), unexplained (error)
  made-unowned              the change leaves a module without an active DOA author (warning)
  new-cycle                 the change adds an import cycle (warning)
  critical-dependency       a module of a low-risk area now imports a critical module (warning)
  co-change-missing         a file changed without its hidden co-change partner (warning)
  cycle-removed             the change breaks an import cycle (note)
  unowned-hub-gains-author  a hub without an active author gains one (note)

Examples:
  blastmap review --base origin/main                    the current branch, as a PR comment
  blastmap review --base origin/main -f sarif > review.sarif
  blastmap review --base origin/main -f github --baseline .blastmap/review-baseline.json
  blastmap review --base v1.2.0 --write-baseline review-baseline.json
  blastmap review packages/app --base origin/main -f json   one package of a monorepo`;
