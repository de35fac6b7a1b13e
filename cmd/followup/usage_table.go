package main

// commandTable is every command of followup, in the order help and the
// README list them: its name, its usage line and what it does. The usage
// line names every flag of the command; the README's command table is
// made from this one (see TestREADMECommands).
var commandTable = []command{
	{
		name:  "build",
		usage: "build [-source DIR] [-dest DIR] [-base-url URL] [-private] [-encrypt] [-today YYYY-MM-DD]",
		help:  "builds the site, for the day `-today` (default: today in the hunt's `timezone`; see \"The build day\" below), into `DIR/public` (or `-dest`, which may not lie elsewhere inside the source). Private fields and records stay out unless `-private` or `publish.private`. `-encrypt` (or `publish.encrypt: true`) encrypts it with the passphrase in `FOLLOWUP_PASSPHRASE`: see below; `-encrypt=false` builds in the clear even so, with no passphrase, for a look on your own machine. The new output replaces the last one in a single rename: a build that fails or is killed leaves the last output as it was. A non-empty `-dest` that followup did not write is refused, and so is a second build into the same place while one runs.",
	},
	{
		name:  "serve",
		usage: "serve [-source DIR] [-bind 127.0.0.1] [-port 1313] [-poll INTERVAL]",
		help:  "builds in memory, serves everything (private fields included) under the base URL's path (`/` redirects there), rebuilds on every save and reloads the browser; a broken record shows its error on every page until it is fixed. Every pending action gets Done and Skip buttons, on its application's page and wherever the dashboard, the timeline or the call sheet lists it, and each application page an \"Add an event\" form: they make the edits of `done`, `skip` and `log`, only when bound to a loopback address, and only for requests from the page itself. It answers only requests addressed to it (`127.0.0.1:PORT` or `localhost:PORT`; any other `Host` gets 403, as does a change request from any other page), so another site cannot read it through your browser. No page of serve can be shown in a frame (`X-Frame-Options: DENY`, CSP `frame-ancestors 'none'`), so another site cannot have you click its buttons unawares, and a change request sent by anything but the page's own script (a form posted into a frame, say) is refused. `-poll 500ms` for file systems that send no change events (network mounts, WSL). The page `__followup/new` below the base URL (its address is printed at start) offers a bookmark to drag to the bookmarks bar: clicked on a job posting, it opens serve's New application form filled in from the posting's own page data, and Save writes the record as `add` does. The posting travels in the form page's address after `#`, which the browser sends nowhere, and only serve's own page can save it.",
	},
	{
		name:  "check",
		usage: "check [-source DIR] [-today YYYY-MM-DD]",
		help:  "reports every problem of the content, layouts and script templates as `path:line:col: message`: it runs every stage of `build`, rendering the site both published and private, and writes nothing; it warns (exit 0) of an interview time the clocks skip or repeat. It also warns of an event other than a phone screen or interview dated after `-today`: those record what happened.",
	},
	{
		name:  "plan",
		usage: "plan [-source DIR] [-json]",
		help:  "every follow-up action of every application with its due date and state.",
	},
	{
		name:  "agenda",
		usage: "agenda [-source DIR] [-today YYYY-MM-DD] [-days 14] [-json]",
		help:  "what is overdue, due today and due in the next days (at most 3653, ten years), like an org-mode agenda, with each day's interviews and phone screens first (time, people, and the record to prepare from). The dashboard and the call sheet also list the meetings of the week from the build day, with a link to prepare.",
	},
	{
		name:  "new",
		usage: "new [-source DIR] [-date YYYY-MM-DD] [-slug SLUG] COMPANY ROLE",
		help:  "writes a commented record for a new application, applied on `-date` (not after today) or today in the hunt's `timezone`, as `content/applications/SLUG.yaml`: `-slug`, or a slug made from the company and the role in any script (Latin accents dropped, other scripts transliterated by gosimple/slug: \"株式会社サンプル\" gives `zhu-shi-hui-she-sanpuru`). `import` makes its file names the same way.",
	},
	{
		name:  "init",
		usage: "init [-timezone ZONE] DIR",
		help:  "creates a fresh site with the default settings, advice and script wording, `timezone` set to `ZONE` (default `UTC`), and the GitHub workflows that publish it and run the daily issue (see below).",
	},
	{
		name:  "log",
		usage: "log [-source DIR] APP TYPE [-date D] [-to NAMES] [-with NAMES] [-from NAME] [-outcome O] [-action ID] [-round N] [-topic NAME=TEXT] [-next-step TEXT] [-decision D] [-note TEXT] [-ics FILE] [-commit]",
		help:  "adds one event to a record without touching its other lines: sorted by date, in the style of its other events, checked like `check` before it is written. `APP` is a slug, a unique prefix of one or a company name; flags may come before or after `APP TYPE`. New interviewers in an interview's `-with` become contacts. `-ics FILE` takes an interview's or phone screen's start (in the site's time zone), attendees and organiser from the invitation the recruiter sent, a new attendee's address as the new contact's (private) email, and its UID as `uid:`. The same UID again follows the invitation: an update (`SEQUENCE` above 0, or none) that starts at another time moves the logged event, its date the only line that changes (\"moved interview from … to …\"); a cancellation (`METHOD:CANCEL` or `STATUS:CANCELLED`) adds `cancelled: true` to it, which cancels its follow-ups and marks it cancelled in the calendar feed; the same invitation twice, or a first version (`SEQUENCE:0`) after an update, is refused. An invitation for a meeting logged by hand, of the same type at its start (or on its day) and without a `uid:`, adds its UID to that meeting, one line, instead of a second meeting (\"the interview on … is this invitation: added its uid\"), so that its update and cancellation find it. The record keeps no sequence of its own, so an older update (`SEQUENCE:1` after `2`) is taken as a move: log the latest invitation last. Prints what the event did to the plan. `-commit` commits the record with git.",
	},
	{
		name:  "done",
		usage: "done [-source DIR] APP ACTION [-date D] [-outcome O] [-commit]",
		help:  "records the call, email, thank-you, letter or network event that fulfils a pending action; an action that is not pending is refused with the reason (done, cancelled by which event, skipped).",
	},
	{
		name:  "skip",
		usage: "skip [-source DIR] APP ACTION [-commit]",
		help:  "adds a pending action to the record's `skip:` list.",
	},
	{
		name:  "import",
		usage: "import [-source DIR] [-from huntr|teal|linkedin|csv] [-map COLUMN=field ...] [-dates dmy|mdy] [-dry-run] [-skip-bad] FILE.csv",
		help:  "writes one commented record per row of a tracker's export or a spreadsheet (comma, semicolon or tab separated; the format is told from the header; Huntr's `List` or `List Name` column is the status). Rows already in the hunt (the same company and role, whatever their case, accents and spacing) are skipped; \"C Shop\" and \"C++ Shop\" are two companies, the second record named `c-shop-…-2`; no file is replaced, and what fits no field goes into the record's notes. `-map Channel=channel` reads a column as the channel (`Job board` becomes `job-board`), and so for every field. Dates may be `2026-12-03`, `2026/12/03`, `3 Dec 2026`, `Dec 3, 2026`, ISO 8601 times, `D.M.YYYY`, or with slashes: a date that reads two ways, such as `03/12/2026`, is an error naming both readings unless `-dates dmy` or `-dates mdy` says the order (LinkedIn's exports are month first). Any bad row stops the whole import unless `-skip-bad`, and the summary counts the rows it left out; `-dry-run` prints the records instead.",
	},
	{
		name:  "add",
		usage: "add [-source DIR] [-dry-run] [-applied YYYY-MM-DD] URL|FILE.html",
		help:  "writes a record from a job posting, a saved page or an `http(s)` address (fetched in at most 30 seconds, 5 MB at most, with the user agent `followup (reads one job posting)`). It reads the schema.org `JobPosting` data most boards put in the page (Greenhouse, Lever, Ashby, Workday, Indeed, Teamtailor, iCIMS…): `title` → `role`, `hiringOrganization` → `company`, `jobLocation` and `jobLocationType` → `location`, `baseSalary` → `salary`, `url` (else the page's canonical link or `og:url`) → `link`, `identifier` → `reference`, `validThrough` → `apply_by`. Without it (a page behind a sign-in) the role and company come from `og:title` or `<title>` and `og:site_name`, and it says what it could not read. Each value's line says where it came from. The record is a `wishlist` unless `-applied` gives the day you applied (not after today); the posting's description is kept as Markdown beside it, in `content/applications/<slug>.posting.md`, since postings vanish. Neither file is ever replaced; `-dry-run` prints the record instead.",
	},
	{
		name:  "inbox",
		usage: "inbox [-source DIR] [-apply] FILE.eml|FILE.mbox ...",
		help:  "reads recruiters' e-mails, `.eml` files or mbox files (a Google Takeout export, a Thunderbird folder), matches each to an application (the sender's address among the contacts, else the sender's domain against the contacts' and the posting's, else the company's name in the subject; an invitation's organiser and attendees count as its senders, for one sent by a scheduling service) and prints one proposed event per message with its reason: `confirmation` (an applicant tracking system's \"thank you for applying\"), `rejected`, `reply` (from a contact), or, from a `text/calendar` invitation, what `log -ics` does with it: an interview (a phone screen when the subject says so), its UID added to the meeting logged by hand at its start, or, for an invitation already logged, its update moving the meeting or its cancellation. Messages are read in the order they were sent, so an invitation, its update and its cancellation follow each other in one run. Newsletters and job alerts (`List-Unsubscribe`, `Precedence: bulk`, \"jobs you might like\") are passed over, and so is mail from the owner's own address (a Takeout export holds the sent mail too); the phrases are looked for in what the sender wrote, not in what a reply quotes, and a domain is the one registered under a public suffix (`acme.co.uk`, not `co.uk`), mail providers' and job boards' domains telling nothing. A message it is unsure of (nobody known, several applications, no date, one it cannot read, a cancellation of a meeting the record does not hold, no rule that fits) is listed and never written; one that `log` refuses is listed with the reason, the others are still logged, and the command exits 1 naming it. `-apply` logs the proposals as `log` does: added lines only (a move rewrites its one date line), and never twice (the same day, type and person; for a meeting, the same invitation). The phrases that decide are in `generator/inbox/rules.yaml`; add your own in `content/inbox.yaml`, in the same shape, which `check` checks as it checks the records.",
	},
	{
		name:  "export",
		usage: "export [-source DIR] [-today YYYY-MM-DD] [-format csv|json] [-bom]",
		help:  "prints one row per application (company, role, day applied, status, the last event that happened by `-today`, the next scheduled meeting as `next_meeting`, next follow-up and its due date) as CSV for a spreadsheet, or JSON. `-today` defaults to now in the hunt's `timezone`. `-bom` starts the CSV with a byte order mark, which Excel needs to read accents (\"Café\") right.",
	},
	{
		name:  "report",
		usage: "report [-source DIR] [-from YYYY-MM-DD -to YYYY-MM-DD] [-today YYYY-MM-DD] [-format text|csv|html] [-notes]",
		help:  "the work-search log an unemployment office asks for, of the period (by default the last whole week before `-today`, which defaults to today in the hunt's `timezone`): every application, call, email, thank-you, screen, interview and network contact, and every activity of `content/activities/`, one row each, by week, each week checked against the rules of the place (`report: {rules: ...}`, see [The work-search log](#the-work-search-log)). Nothing dated after `-today` is listed, and the results are as they stood that day. The private notes of events are left out unless `-notes` is given. `-format html` is a standalone page that prints one week a sheet on A4 or Letter, with the claimant's name and the claim week; `-format csv` has the same columns. A private or encrypted build, and `serve`, also have the log of the last four weeks up to the latest activity at `report/`; a published build leaves it out.",
	},
	{
		name:  "activity",
		usage: "activity [-source DIR] TYPE TEXT [-date YYYY-MM-DD] [-where ORG] [-hours H]",
		help:  "writes one activity that is no application (`workshop`, `job-fair`, `career-centre`, `networking` or `other`) to `content/activities/`, dated `-date` or today in the hunt's `timezone` (never a day to come). It never replaces a file: when the name is taken, the next free one (`-2`, `-3`) is used.",
	},
	{
		name:  "github today",
		usage: "github today [-source DIR] [-today YYYY-MM-DD]",
		help:  "in a GitHub Actions run: opens the issue of the day in the repository, or updates it, and closes the daily issues of the days before (see \"The daily issue on GitHub\").",
	},
	{
		name:  "github event",
		usage: "github event [-source DIR] [-push] FILE.json",
		help:  "in a GitHub Actions run: records what the event in `FILE.json` (`$GITHUB_EVENT_PATH`) did on a daily issue, a box ticked or a command commented, commits it (and with `-push` pushes it), and answers on the issue.",
	},
}
