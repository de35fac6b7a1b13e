// Package posting reads a job posting page into a new record, as
// `followup add` does.
//
// Most job boards embed the posting as schema.org JobPosting data in a
// <script type="application/ld+json"> block, for search engines. Parse
// finds it in a single object, an array of objects, an @graph, or inside
// another object (a WebPage's mainEntity), in any of the page's blocks, and
// follows {"@id": ...} references within the page. It reads:
//
//   - title → role; hiringOrganization (its name) → company;
//   - jobLocation (each Place's address as locality, region, country) and
//     jobLocationType TELECOMMUTE ("Remote", with
//     applicantLocationRequirements) → location;
//   - baseSalary, a MonetaryAmount whose value is a number or a
//     QuantitativeValue (minValue, maxValue or value, and unitText) →
//     salary, such as "150000-185000 USD a year";
//   - url, else the page's canonical link, else og:url, else the address
//     it was read from → link, http(s) only; its host → source;
//   - identifier (a PropertyValue's value, or text) → reference;
//   - validThrough, a day or a time (a time with an offset is read as a
//     day in the site's time zone) → apply_by;
//   - description, HTML (which some boards escape once more), → Markdown
//     with html-to-markdown, kept beside the record.
//
// Strings lose their markup and HTML entities (decoded twice, as some
// boards escape twice). Without JobPosting data the role comes from
// og:title or <title>, the company from og:site_name, and the description
// from og:description; Posting.Unread says what the page did not tell.
package posting
