/*
 * gen -- write a deterministic corpus of made-up scraped news pages.
 *
 *	gen [-k KIB] [-s SEED] [-w]
 *
 * Writes pages until at least KIB kibibytes (default 102400, 100 MiB) are
 * out, each page as `w3m -dump` prints a news site: navigation, a
 * breadcrumb, headline, byline and dateline, share row, summary bullets,
 * a photo caption scraped twice, body paragraphs (one a line) with money,
 * dates, times, quotes, abbreviations and initials, an ALL-CAPS subhead,
 * advertisement markers, "Read more" teasers, a cookie notice, a
 * newsletter prompt and a copyright line.  Pages are separated by a line
 * holding only a form feed (a document break, DESIGN §2).  With -w, each
 * line gets the page number as a first key instead (doc000001 TAB line).
 * The same KIB and SEED give the same bytes on every machine: the random
 * numbers come from splitmix64, not from the C library.  Every sentence
 * and template here was written for copydesk.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N(a)	(sizeof(a) / sizeof((a)[0]))

static uint64_t rs = 0x9e3779b97f4a7c15ULL;
static unsigned long long nout;
static int keyed;
static unsigned long page;

static uint64_t
rnd(void)
{
	uint64_t z = (rs += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static unsigned
rn(unsigned n)
{
	return (unsigned)(rnd() % n);
}

#define PICK(a)	((a)[rn(N(a))])

static void
putlen(const char *s, size_t n)
{
	fwrite(s, 1, n, stdout);
	nout += n;
}

static void
put(const char *s)
{
	putlen(s, strlen(s));
}

static void
bol(void)
{
	char b[32];

	if (keyed) {
		snprintf(b, sizeof b, "doc%06lu\t", page);
		put(b);
	}
}

static void
eol(void)
{
	put("\n");
}

static const char *first[] = {
	"Amelia", "Rahul", "Chen", "Olivia", "Tomasz", "Aisha", "Kenji", "Maria",
	"David", "Fatima", "Lucas", "Priya", "James", "Mei", "Oluwaseun", "Sofia",
	"Daniel", "Hannah", "Arjun", "Ingrid", "Kwame", "Leila", "Marcus", "Yuki",
	"Patrick", "Elena", "Samuel", "Nadia", "Victor", "Grace",
};
static const char *last[] = {
	"Whitfield", "Sharma", "Wong", "Okafor", "Kowalski", "Haddad", "Tanaka",
	"Fernandes", "O'Brien", "Lindqvist", "Mensah", "Rossi", "Chaudhry", "Lau",
	"McAllister", "Novak", "Adeyemi", "Castillo", "Brennan", "Yamamoto",
	"Delacroix", "Petrov", "Gallagher", "Nakamura", "Abara", "Moreau",
};
static const char *title[] = {
	"Mr.", "Ms.", "Dr.", "Prof.", "Sen.", "Gov.", "Rep.", "Gen.", "Mrs.",
};
static const char *role[] = {
	"chief executive", "finance minister", "a senior analyst at Kestrel Partners",
	"the company's chief financial officer", "a spokeswoman for the ministry",
	"a professor of economics at Northgate University", "the union's general secretary",
	"a fund manager in Singapore", "the city's mayor", "an independent director",
};
static const char *company[] = {
	"Harbour Lane Holdings", "Meridian Freight Corp.", "Bluestone Energy Ltd.",
	"Pacific Crest Bank", "Nordvik Shipping Co.", "Silverleaf Pharma Inc.",
	"Orchid Telecom", "Granite Peak Mining", "Sunward Airlines", "Vantage Retail Group",
	"Koru Dairy Co-operative", "Eastgate Properties", "Lumen Semiconductor Inc.",
	"Tidewater Insurance", "Redfern Motors", "Jade River Capital",
};
static const char *place[] = {
	"Hong Kong", "London", "Mumbai", "Singapore", "Frankfurt", "Sydney", "Toronto",
	"Nairobi", "Shenzhen", "São Paulo", "Dubai", "Osaka", "Auckland", "Lagos",
	"Kuala Lumpur", "Zürich", "New York", "Washington", "Seoul", "Jakarta",
};
static const char *country[] = {
	"the U.S.", "the U.K.", "China", "India", "Japan", "Germany", "Brazil",
	"Australia", "South Korea", "the E.U.", "Canada", "Indonesia", "Kenya",
};
static const char *money[] = {
	"$1.5 billion", "US$21 billion", "HK$43.20", "€2m", "£350,000", "Rs 5 crore",
	"¥120 billion", "1.5 billion yuan (US$210 million)", "USD 250 million",
	"$2-3 billion", "$63.45 a barrel", "$15 an hour", "£2.4bn", "€1.07 trillion",
	"S$800 million", "A$3.5 billion", "₹1.2 lakh crore", "99p", "fifty cents",
	"two million dollars", "$5 million to $7 million", "between £2bn and £3bn",
	"NT$4,500", "CHF 90 million", "1 billion dirhams", "R$12.8 billion",
	"$0.99", "HK$1,250.50", "₩3 trillion", "€45m", "$4.2 trillion", "C$600,000",
};
static const char *when[] = {
	"on Thursday", "last year", "in November", "on September 5, 2019",
	"on 5 September 2019", "by Sept. 5", "on 2019-09-05", "two years ago",
	"earlier this month", "last Friday", "since December", "in the first quarter of 2019",
	"in Q1 2019", "in the 1990s", "next week", "yesterday", "this morning",
	"on Tuesday, February 18", "in August 2017", "by mid-October", "in summer 2018",
	"at 3pm on Monday", "at 10.30am", "at 15:30 local time", "at noon", "last month",
	"in three days", "for 11 months", "every year", "on Christmas Eve", "in 2015",
	"the fourth quarter", "by the end of the decade",
};
static const char *pct[] = {
	"4.5 per cent", "12%", "0.25 percentage point", "nearly a third", "7.2 percent",
	"half", "1.8%", "two-thirds",
};
static const char *count[] = {
	"1,200 residents", "27 times", "300 workers", "14 stores", "about 5,000 jobs",
	"nine of its 40 branches", "three new plants", "two dozen flights", "a Boeing 747",
	"Route 66", "Chapter 11", "its 5G network",
};
static const char *quote[] = {
	"We have a duty to our customers and we will meet it",
	"This is not the end of the story",
	"Nobody expected the numbers to turn so quickly",
	"It is a difficult decision, but the right one",
	"We will keep investing in the region",
	"Prices are still too high for ordinary families",
	"Our balance sheet is strong enough to absorb this",
	"The market has already priced most of it in",
	"I think we can do better than that",
	"There is no plan B",
};
static const char *sent[] = {
	"{C} said {W} it would invest {M} in new plants in {L}.",
	"Shares of {C} fell {P} {W} after the company cut its forecast.",
	"The deal, worth {M}, is expected to close {W}.",
	"\"{Q},\" {T} {S} said.",
	"\u201c{Q},\u201d said {F} {S}, {R}.",
	"{F} {S}, {R}, said: \"{Q}.\" Then {F} left the room.",
	"{T} {S} told reporters in {L} that the government had set aside {M} for the project.",
	"Revenue rose {P} to {M} in the three months to June, the company said {W}.",
	"The central bank raised its key rate by {P} {W}, the first increase since 2018.",
	"{C} reported a net loss of {M} {W}, compared with a profit a year earlier.",
	"Analysts at J. P. Morgan and Goldman Sachs expect {M} in savings by 2026.",
	"The plan, first announced {W}, covers {N} across {K}.",
	"Trade between {K} and {K} reached {M} {W}, according to customs data.",
	"Officials in {L} said {N} had been moved to temporary housing.",
	"The U.S. Treasury said {W} it would sell {M} of bonds, e.g. 10-year notes.",
	"{F} {S} moved to the U.S. He lived there for a decade.",
	"Trading opened at 9.30 a.m. and closed at 4 p.m., as usual.",
	"The company, founded in 1987, employs {N} in {L} alone.",
	"Inflation eased to {P} {W}, the statistics office said.",
	"Investors pulled {M} from emerging-market funds {W}.",
	"{C} agreed to pay {M} to settle the claims, without admitting wrongdoing.",
	"The fund manages about {M} for pension schemes in {K} and {K}.",
	"Why did prices rise so fast? Economists disagree.",
	"The ministry's report (published {W}) put the cost at {M}.",
	"It was, as one trader put it, \"a very long day\"...",
	"Sales of the No. 2 model fell {P}, while the No. 1 held steady.",
	"The board will meet {W} to vote on the proposal, a person familiar with the matter said.",
	"According to Prof. {S}, the figures \"do not add up\".",
	"The firm's Ph.D. researchers filed {N} patents {W}.",
	"Police said the protest march in {L} passed peacefully {W}.",
	"Ticket prices start at {M}, up from last season.",
	"The airline will add {N} {W}, it said in a filing with the exchange.",
	"{C} expects capital spending of {M} in each of the next three years.",
	"Workers at the plant earn {M}, the union says.",
	"Brent crude traded at {M} {W}.",
	"The merger would create a group with annual sales of {M}.",
	"Mr. {S} declined to comment; Ms. {S} did not respond to requests.",
	"The government said it would spend {M} over five years on roads, ports and railways.",
};
static const char *nav[] = {
	"Skip to main content",
	"Home | World | Business | Markets | Tech | Opinion | Sport | Life",
	"Sign in  Subscribe",
	"Menu  Search  Edition: International",
	"[logo]",
	"Today's paper | Newsletters | Podcasts | Video",
};
static const char *crumb[] = {
	"News > Business > Economy", "Asia/ East Asia", "Home / Markets / Commodities",
	"World > Europe", "Business / Companies / Energy", "Opinion > Columnists",
};
static const char *dateline[] = {
	"Updated 6:42 PM GMT, October 9, 2024", "Thu 3 Oct 2024 17.05 BST",
	"Published: 14 March 2023, 08:15 HKT", "September 5, 2019 at 11:02 a.m. ET",
	"Last modified on Mon 12 Feb 2024 09.30 GMT", "2 hours ago",
};
static const char *share[] = {
	"Share  Facebook  Twitter  Email  Copy link", "Share this article",
	"Follow us on Twitter and Instagram", "Share on WhatsApp | LinkedIn | Email",
};
static const char *credit[] = {
	"Photo: AP", "Photograph: Toby Lane/Reuters", "(AP Photo/Jo Marsh)",
	"Picture: Getty Images", "Credit: Bloomberg", "Image: AFP", "Photo: EPA-EFE",
	"Photograph: Xinhua",
};
static const char *capsub[] = {
	"WHAT HAPPENS NEXT", "THE COST OF DELAY", "A NEW MARKET", "WHO PAYS",
	"BEHIND THE NUMBERS", "RISING RATES",
};
static const char *teaser[] = {
	"Ports brace for record volumes as exporters rush orders",
	"Five charts that explain the housing slowdown",
	"Opinion: the case for a smaller central bank",
	"Live: markets react to the jobs report",
	"How a small dairy co-operative beat the giants",
	"Regulators open inquiry into card fees",
	"Why the yen keeps falling",
	"Airlines warn of higher fares this winter",
};
static const char *tail[] = {
	"Advertisement",
	"We use cookies to improve your experience. By continuing you agree to our Cookie Policy. Accept all | Manage settings",
	"Sign up for our morning briefing. Enter your email address Subscribe By signing up you agree to our Terms of Use and Privacy Policy.",
	"Comments (34)",
	"Most read",
	"Explore more on these topics",
	"Reuse this content",
	"[IMG]",
};

/* Expand a template: {C} company, {L} place, {K} country, {M} money, {W}
 * when, {P} percentage, {N} count, {Q} quote, {F} first name, {S} surname,
 * {T} title, {R} role. */
static void
expand(const char *t)
{
	const char *p, *q;

	for (p = t; *p; p++) {
		if (p[0] == '{' && p[1] && p[2] == '}') {
			switch (p[1]) {
			case 'C': put(PICK(company)); break;
			case 'L': put(PICK(place)); break;
			case 'K': put(PICK(country)); break;
			case 'M': put(PICK(money)); break;
			case 'W': put(PICK(when)); break;
			case 'P': put(PICK(pct)); break;
			case 'N': put(PICK(count)); break;
			case 'Q': put(PICK(quote)); break;
			case 'F': put(PICK(first)); break;
			case 'S': put(PICK(last)); break;
			case 'T': put(PICK(title)); break;
			case 'R': put(PICK(role)); break;
			}
			p += 2;
			continue;
		}
		q = strchr(p + 1, '{');
		if (q == NULL)
			q = p + strlen(p);
		putlen(p, (size_t)(q - p));
		p = q - 1;
	}
}

static void
line(const char *s)
{
	bol();
	put(s);
	eol();
}

static void
paragraph(unsigned nsent)
{
	unsigned i;

	bol();
	for (i = 0; i < nsent; i++) {
		if (i)
			put(" ");
		expand(PICK(sent));
	}
	eol();
}

static void
article(void)
{
	unsigned i, n, npara, cap;
	char buf[256];
	const char *cr = PICK(credit);
	char capbuf[1024];
	const char *f1, *l1, *f2, *l2;

	page++;
	for (i = 0, n = 2 + rn(4); i < n; i++)
		line(nav[rn(N(nav))]);
	line(PICK(crumb));
	/* headline */
	bol();
	expand(rn(2) ? "{C} to invest {M} in {L} as demand recovers" :
	    "{T} {S} says {K} will spend {M} on new ports");
	eol();
	/* one pick a statement: argument evaluation order is unspecified */
	f1 = PICK(first);
	l1 = PICK(last);
	f2 = PICK(first);
	l2 = PICK(last);
	snprintf(buf, sizeof buf, "By %s %s and %s %s", f1, l1, f2, l2);
	line(buf);
	line(PICK(dateline));
	line(PICK(share));
	for (i = 0, n = rn(3); i < n; i++) {
		bol();
		put("* ");
		expand(PICK(sent));
		eol();
	}
	/* a caption, then its alt-text copy without the credit */
	cap = rn(N(place));
	snprintf(capbuf, sizeof capbuf, "Workers at a container terminal in %s %s.",
	    place[cap], rn(2) ? "on Thursday" : "earlier this month");
	bol(); put(capbuf); put(" "); put(cr); eol();
	line(capbuf);
	npara = 6 + rn(10);
	for (i = 0; i < npara; i++) {
		if (i == npara / 2) {
			line(PICK(capsub));
			if (rn(2))
				line("Advertisement");
		}
		if (i == 2 && rn(3) == 0) {
			bol(); put(capbuf); put(" "); put(cr); eol();
		}
		paragraph(1 + rn(5));
	}
	if (rn(10) == 0)
		line("\u9999\u6e2f\u653f\u5e9c\u5468\u56db\u5ba3\u5e03\u65b0\u63aa\u65bd\u3002\u8ca1\u653f\u53f8\u9577\u8868\u793a\uff0c\u9810\u7b97\u5c07\u9054\u4e00\u5343\u5104\u5143\u3002");
	line("Read more");
	for (i = 0, n = 2 + rn(3); i < n; i++)
		line(PICK(teaser));
	for (i = 0, n = 2 + rn(4); i < n; i++)
		line(tail[rn(N(tail))]);
	snprintf(buf, sizeof buf, "\u00a9 %u The Daily Ledger. All rights reserved.",
	    2019 + rn(6));
	line(buf);
}

int
main(int argc, char *argv[])
{
	unsigned long long want = 102400ULL * 1024;
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-k") == 0 && i + 1 < argc)
			want = strtoull(argv[++i], NULL, 10) * 1024;
		else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
			rs ^= strtoull(argv[++i], NULL, 10) * 0xd1b54a32d192ed03ULL;
		else if (strcmp(argv[i], "-w") == 0)
			keyed = 1;
		else {
			fprintf(stderr, "usage: gen [-k KIB] [-s SEED] [-w]\n");
			return 2;
		}
	}
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	while (nout < want) {
		if (page && !keyed)
			put("\f\n");
		article();
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
