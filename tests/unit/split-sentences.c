/*
 * Unit tests of the split-sentences engine: a table of paragraphs and
 * the sentences expected from them, written joined by " | ".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/split-sentences/sentences.h"

struct tcase {
	const char	*lang;		/* NULL: English */
	const char	*in;
	const char	*out;		/* the sentences, joined by " | " */
};

static const struct tcase cases[] = {
	/* plain cases */
	{ NULL, "", "" },
	{ NULL, "   ", "" },
	{ NULL, "One sentence.", "One sentence." },
	{ NULL, "No final punctuation", "No final punctuation" },
	{ NULL, "  Spaces around.  Two.  ", "Spaces around. | Two." },
	{ NULL, "It rained. We stayed in.", "It rained. | We stayed in." },
	{ NULL, "Really? Yes! Fine.", "Really? | Yes! | Fine." },
	{ NULL, "What?! No way!!! OK.", "What?! | No way!!! | OK." },
	{ NULL, "It works.\xc2\xa0Next one.", "It works. | Next one." },

	/* titles and abbreviations */
	{ NULL, "Mr. Smith met Dr. Jones. They talked.",
	    "Mr. Smith met Dr. Jones. | They talked." },
	{ NULL, "Gen. Lee and Sen. Byrd met Gov. Brown and Rep. Ryan.",
	    "Gen. Lee and Sen. Byrd met Gov. Brown and Rep. Ryan." },
	{ NULL, "Prof. Ng lives on St. Mark's Place near Mt. Hood.",
	    "Prof. Ng lives on St. Mark's Place near Mt. Hood." },
	{ NULL, "Apple Inc. said it would buy Beats Co. for $3 billion.",
	    "Apple Inc. said it would buy Beats Co. for $3 billion." },
	{ NULL, "He works for Acme Corp. The firm is small.",
	    "He works for Acme Corp. | The firm is small." },
	{ NULL, "Shares of BHP Ltd. rose.", "Shares of BHP Ltd. rose." },
	{ NULL, "See No. 5 and Vol. 2, pp. 10-12.",
	    "See No. 5 and Vol. 2, pp. 10-12." },
	{ NULL, "No. I will not go.", "No. | I will not go." },
	{ NULL, "Call 555-0199 ext. 42 or see fig. 3 and Fig. 4.",
	    "Call 555-0199 ext. 42 or see fig. 3 and Fig. 4." },
	{ NULL, "Cats vs. dogs, apples etc. and more.",
	    "Cats vs. dogs, apples etc. and more." },
	{ NULL, "Bring fruit, bread, etc. The rest is here.",
	    "Bring fruit, bread, etc. | The rest is here." },
	{ NULL, "Some fruit, e.g. apples, and i.e. not pears.",
	    "Some fruit, e.g. apples, and i.e. not pears." },
	{ NULL, "We met at 9 a.m. and left at 5 p.m. The day was long.",
	    "We met at 9 a.m. and left at 5 p.m. | The day was long." },
	{ NULL, "It opens at 10 a.m. Monday.", "It opens at 10 a.m. Monday." },
	{ NULL, "On Jan. 5 and Feb. 6 and Sept. 11 it snowed.",
	    "On Jan. 5 and Feb. 6 and Sept. 11 it snowed." },
	{ NULL, "It was a cold Dec. The snow fell.",
	    "It was a cold Dec. | The snow fell." },

	/* initials and dotted acronyms */
	{ NULL, "J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it." },
	{ NULL, "George W. Bush spoke.", "George W. Bush spoke." },
	{ NULL, "He moved to the U.S. He lived there.",
	    "He moved to the U.S. | He lived there." },
	{ NULL, "The U.S. Senate voted.", "The U.S. Senate voted." },
	{ NULL, "The U.K. and the U.N. and the E.U. met.",
	    "The U.K. and the U.N. and the E.U. met." },
	{ NULL, "She has a Ph.D. in physics.", "She has a Ph.D. in physics." },
	{ NULL, "She got her Ph.D. She left.", "She got her Ph.D. | She left." },
	{ NULL, "Born in Washington, D.C. (the capital).",
	    "Born in Washington, D.C. (the capital)." },

	{ NULL, "\"No,\" said Jane Roe of ABC Ltd. \"Banks are safe.\"",
	    "\"No,\" said Jane Roe of ABC Ltd. | \"Banks are safe.\"" },
	{ NULL, "Sen. Warren (D-Mass.) called it \"a disgrace.\" Rep. Ryan, R-Wis., did not.",
	    "Sen. Warren (D-Mass.) called it \"a disgrace.\" | Rep. Ryan, R-Wis., did not." },
	{ NULL, "Its CEO, John A. Smith Jr., earned $12.5 million.",
	    "Its CEO, John A. Smith Jr., earned $12.5 million." },
	{ NULL, "It was signed by John Smith Jr. The law took effect.",
	    "It was signed by John Smith Jr. | The law took effect." },
	{ NULL, "Mr. and Mrs. Jones live at 10 Downing St. in London.",
	    "Mr. and Mrs. Jones live at 10 Downing St. in London." },
	{ NULL, "Q. What did you do? A. I called the police.",
	    "Q. What did you do? | A. I called the police." },
	{ NULL, "He was King George III. He ruled long.",
	    "He was King George III. | He ruled long." },

	/* numbers, money, times, lists */
	{ NULL, "It cost $1.5 bn. Then HK$43.20 more.",
	    "It cost $1.5 bn. | Then HK$43.20 more." },
	{ NULL, "It was 40.5\xc2\xb0" "C at 10.30am today.",
	    "It was 40.5\xc2\xb0" "C at 10.30am today." },
	{ NULL, "Growth was 3.2 per cent. It was 2.9 a year ago.",
	    "Growth was 3.2 per cent. | It was 2.9 a year ago." },
	{ NULL, "1. Open the box. 2. Take out the phone.",
	    "1. Open the box. | 2. Take out the phone." },
	{ NULL, "2.1. Background of the study", "2.1. Background of the study" },
	{ NULL, "He was born in 1950. In 1970 he left.",
	    "He was born in 1950. | In 1970 he left." },
	{ NULL, "Jerome (c. 347 - 420) and Anne (b. March 2009).",
	    "Jerome (c. 347 - 420) and Anne (b. March 2009)." },

	/* URLs, e-mail, file names */
	{ NULL, "Visit www.example.com. It is free.",
	    "Visit www.example.com. | It is free." },
	{ NULL, "See http://example.com/a.b?c=d.e for more. Thanks.",
	    "See http://example.com/a.b?c=d.e for more. | Thanks." },
	{ NULL, "Mail jane.doe@example.co.uk today. Or call.",
	    "Mail jane.doe@example.co.uk today. | Or call." },
	{ NULL, "Open report.pdf and data.csv now.",
	    "Open report.pdf and data.csv now." },
	{ NULL, "Go to http://example.com/a. Then stop.",
	    "Go to http://example.com/a. | Then stop." },
	{ NULL, "Links: http://a.example/x http://b.example/y",
	    "Links: http://a.example/x | http://b.example/y" },
	{ NULL, "See http://a.example/x for more.",
	    "See http://a.example/x for more." },
	{ NULL, "\"Why?\" Anne asked. \"Because!\" Tom said.",
	    "\"Why?\" Anne asked. | \"Because!\" Tom said." },
	{ NULL, "Read this: http://example.com/x",
	    "Read this: http://example.com/x" },
	{ NULL, "It was good.\" http://example.com/story",
	    "It was good.\" | http://example.com/story" },

	/* quotes and brackets */
	{ NULL, "\"We have a duty,\" Abe said.", "\"We have a duty,\" Abe said." },
	{ NULL, "He said: \"It is over.\" Then he left.",
	    "He said: \"It is over.\" | Then he left." },
	{ NULL, "He said: \xe2\x80\x9cIt is over.\xe2\x80\x9d Then he left.",
	    "He said: \xe2\x80\x9cIt is over.\xe2\x80\x9d | Then he left." },
	{ NULL, "She asked, 'Why?' Nobody knew.",
	    "She asked, 'Why?' | Nobody knew." },
	{ NULL, "\"Is it him?\" we asked.", "\"Is it him?\" we asked." },
	{ NULL, "\xe2\x80\x9cNo!\xe2\x80\x9d she cried.",
	    "\xe2\x80\x9cNo!\xe2\x80\x9d she cried." },
	{ NULL, "(This is an aside.) The main text goes on.",
	    "(This is an aside.) | The main text goes on." },
	{ NULL, "It rose (by 5%.) and fell.", "It rose (by 5%.) and fell." },
	{ NULL, "It was true. [1] Then it was not. [2]",
	    "It was true. [1] | Then it was not. [2]" },
	{ NULL, "They married in 2014. [17] [18] They have a son.",
	    "They married in 2014. [17] [18] | They have a son." },
	{ NULL, "He was shot by Holly Dale. [citation needed] Later, more.",
	    "He was shot by Holly Dale. [citation needed] | Later, more." },

	{ NULL, "It was protected by rights. 4 Even though it was new.",
	    "It was protected by rights. 4 | Even though it was new." },
	{ NULL, "Ten people came. 4 people left.",
	    "Ten people came. | 4 people left." },

	/* ellipses */
	{ NULL, "I thought... maybe not.", "I thought... maybe not." },
	{ NULL, "I waited... Nobody came.", "I waited... | Nobody came." },
	{ NULL, "I waited\xe2\x80\xa6 Nobody came.",
	    "I waited\xe2\x80\xa6 | Nobody came." },
	{ NULL, "And then . . . nothing. The end.",
	    "And then . . . nothing. | The end." },
	{ NULL, "The text was cut off in the mid\xe2\x80\xa6",
	    "The text was cut off in the mid\xe2\x80\xa6" },
	{ NULL, "Truncated scraped text with no end",
	    "Truncated scraped text with no end" },
	{ NULL, "Is it? ? ? I wonder.", "Is it? ? ? | I wonder." },

	/* other scripts */
	{ NULL, "\xe6\x9d\xb1\xe4\xba\xac\xe3\x80\x82\xe5\xa4\xa7\xe9\x98\xaa\xef\xbc\x81\xe4\xba\xac\xe9\x83\xbd\xef\xbc\x9f",
	    "\xe6\x9d\xb1\xe4\xba\xac\xe3\x80\x82 | \xe5\xa4\xa7\xe9\x98\xaa\xef\xbc\x81 | \xe4\xba\xac\xe9\x83\xbd\xef\xbc\x9f" },
	{ NULL, "\xe3\x80\x8c\xe3\x81\xaf\xe3\x81\x84\xe3\x80\x82\xe3\x80\x8d\xe3\x81\x9d\xe3\x81\x86\xe3\x80\x82",
	    "\xe3\x80\x8c\xe3\x81\xaf\xe3\x81\x84\xe3\x80\x82\xe3\x80\x8d | \xe3\x81\x9d\xe3\x81\x86\xe3\x80\x82" },
	{ "es", "\xc2\xbfQu\xc3\xa9 tal? \xc2\xa1Muy bien! Gracias, Sr. P\xc3\xa9rez.",
	    "\xc2\xbfQu\xc3\xa9 tal? | \xc2\xa1Muy bien! | Gracias, Sr. P\xc3\xa9rez." },
	{ NULL, "\xe0\xa4\xaf\xe0\xa4\xb9 \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4 \xe0\xa4\xb5\xe0\xa4\xb9 \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4",
	    "\xe0\xa4\xaf\xe0\xa4\xb9 \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4 | \xe0\xa4\xb5\xe0\xa4\xb9 \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4" },
	{ NULL, "\xd9\x87\xd9\x84 \xd8\xa3\xd9\x86\xd8\xaa\xd8\x9f \xd9\x86\xd8\xb9\xd9\x85.",
	    "\xd9\x87\xd9\x84 \xd8\xa3\xd9\x86\xd8\xaa\xd8\x9f | \xd9\x86\xd8\xb9\xd9\x85." },
	{ NULL, "\xce\xa0\xce\xbf\xcf\x8d \xce\xb5\xce\xaf\xcf\x83\xce\xb1\xce\xb9\xcd\xbe \xce\x95\xce\xb4\xcf\x8e.",
	    "\xce\xa0\xce\xbf\xcf\x8d \xce\xb5\xce\xaf\xcf\x83\xce\xb1\xce\xb9\xcd\xbe | \xce\x95\xce\xb4\xcf\x8e." },
	{ "el", "\xce\xa0\xce\xbf\xcf\x8d \xce\xb5\xce\xaf\xcf\x83\xce\xb1\xce\xb9; \xce\x95\xce\xb4\xcf\x8e.",
	    "\xce\xa0\xce\xbf\xcf\x8d \xce\xb5\xce\xaf\xcf\x83\xce\xb1\xce\xb9; | \xce\x95\xce\xb4\xcf\x8e." },
	{ NULL, "A list; not a question.", "A list; not a question." },
	{ NULL, "\xce\xa0\xce\xbf\xcf\x8d \xce\xb5\xce\xaf\xcf\x83\xce\xb1\xce\xb9; \xce\x95\xce\xb4\xcf\x8e.",
	    "\xce\xa0\xce\xbf\xcf\x8d \xce\xb5\xce\xaf\xcf\x83\xce\xb1\xce\xb9; | \xce\x95\xce\xb4\xcf\x8e." },
	{ NULL, "\xe2\x80\x9cI don't know \xe2\x80\xa6\xe2\x80\x9d Pete said.",
	    "\xe2\x80\x9cI don't know \xe2\x80\xa6\xe2\x80\x9d Pete said." },
	{ "de", "Das kostet 5 Mio. Euro, z.B. heute. Dann nicht.",
	    "Das kostet 5 Mio. Euro, z.B. heute. | Dann nicht." },
	{ "fr", "M. Dupont est venu. Il est parti.",
	    "M. Dupont est venu. | Il est parti." },

	/* informal web text and e-mail */
	{ NULL, "Is it worth it? i don't know.", "Is it worth it? | i don't know." },
	{ NULL, "You know, nature hates a void. :) Richard, hi.",
	    "You know, nature hates a void. :) | Richard, hi." },
	{ NULL, "Thanks, Anne", "Thanks, | Anne" },
	{ NULL, "Best regards, Jeff", "Best regards, | Jeff" },
	{ NULL, "Kim Ward 11/27/2000 10:25 AM Please call me.",
	    "Kim Ward | 11/27/2000 10:25 AM | Please call me." },
	{ NULL, "WASHINGTON (CNN) -- The Senate voted on Tuesday.",
	    "WASHINGTON (CNN) -- | The Senate voted on Tuesday." },
	{ NULL, "KABUL: For years the city waited.",
	    "KABUL: | For years the city waited." },
	{ NULL, "Oh that's -- Well thanks for this.",
	    "Oh that's -- | Well thanks for this." },
	{ NULL, "I was -- I mean, it was fine.", "I was -- I mean, it was fine." },

	{ NULL, "Figure 1.3 This map shows the coast.",
	    "Figure 1.3 | This map shows the coast." },
	{ NULL, "Figure 2. The second plan.", "Figure 2. The second plan." },
	{ NULL, "Figure skating is fun.", "Figure skating is fun." },

	/* inline lists: each item its own sentence, its marker kept */
	{ NULL, "1.) Pack the bags 2.) Lock the door 3.) Leave the key",
	    "1.) Pack the bags | 2.) Lock the door | 3.) Leave the key" },
	{ NULL, "1) Berlin 2) Munich 3) Hamburg",
	    "1) Berlin | 2) Munich | 3) Hamburg" },
	{ NULL, "9. Sales grew 10. Margins shrank 11. Debt stayed flat",
	    "9. Sales grew | 10. Margins shrank | 11. Debt stayed flat" },
	{ NULL, "\xe2\x80\xa2 7. Oranges \xe2\x80\xa2 8. Lemons",
	    "\xe2\x80\xa2 7. Oranges | \xe2\x80\xa2 8. Lemons" },
	{ NULL, "\xe2\x81\x83" "9. Wheat \xe2\x81\x83" "10. Barley",
	    "\xe2\x81\x83" "9. Wheat | \xe2\x81\x83" "10. Barley" },
	{ NULL, "A. The first item B. The second item C. The third",
	    "A. The first item | B. The second item | C. The third" },
	{ NULL, "I. Introduction II. Methods III. Results",
	    "I. Introduction | II. Methods | III. Results" },
	{ NULL, "(a) the bank (b) the fund (c) the state",
	    "(a) the bank | (b) the fund | (c) the state" },
	{ NULL, "(1) Sales rose. (2) Costs fell.", "(1) Sales rose. | (2) Costs fell." },
	/* the next marker must have the style of the first */
	{ NULL, "(a) one plan, b) another", "(a) one plan, b) another" },
	{ NULL, "a) one plan, B) another", "a) one plan, B) another" },
	{ NULL, "a. the red car b. the blue van c. the green bike",
	    "a. the red car | b. the blue van | c. the green bike" },
	{ NULL, "h) hats i) ink j) jam", "h) hats | i) ink | j) jam" },
	{ NULL, "i. the first point ii. the second point iii. the third",
	    "i. the first point | ii. the second point | iii. the third" },
	{ NULL, "1) Rome is old. 2) Oslo is cold.",
	    "1) Rome is old. | 2) Oslo is cold." },
	{ NULL, "1) Rome had 3) legions.", "1) Rome had 3) legions." },
	/* a list in running prose: "and" before the next marker */
	{ NULL, "1) that prices fall and 2) that wages rise",
	    "1) that prices fall and 2) that wages rise" },
	{ NULL, "He got 2 votes. 3. That was all.",
	    "He got 2 votes. | 3. That was all." },

	/* lower-case company and street abbreviations inside a sentence */
	{ NULL, "Why did Jones and co. leave the room?",
	    "Why did Jones and co. leave the room?" },
	{ NULL, "The bakery on 5th ave. next to the bank is shut.",
	    "The bakery on 5th ave. next to the bank is shut." },
	{ NULL, "She lives on Elm st. near the school. It is quiet.",
	    "She lives on Elm st. near the school. | It is quiet." },
	{ NULL, "They sold it to Pitt & co. The deal closed.",
	    "They sold it to Pitt & co. | The deal closed." },

	{ NULL, "I asked mr. smith and dr. jones today.",
	    "I asked mr. smith and dr. jones today." },

	/* a time of day at the end of a sentence */
	{ NULL, "The vote ended at 9 PM. Officials left.",
	    "The vote ended at 9 PM. | Officials left." },
	{ NULL, "The show ended at 11 P.M. Viewers were sent home.",
	    "The show ended at 11 P.M. | Viewers were sent home." },
	{ NULL, "The vote closed at 8:30 p.m. Officials began counting.",
	    "The vote closed at 8:30 p.m. | Officials began counting." },
	{ NULL, "He left the office at 6 p.m. Mr. Cole stayed.",
	    "He left the office at 6 p.m. | Mr. Cole stayed." },
	{ NULL, "At 8 a.m. Ms. Park arrived.", "At 8 a.m. Ms. Park arrived." },
	{ NULL, "On Friday at 9 p.m. Ms. Ruiz left.",
	    "On Friday at 9 p.m. Ms. Ruiz left." },
	{ NULL, "On June 5, at 7 a.m. Mr. Lee arrived.",
	    "On June 5, at 7 a.m. Mr. Lee arrived." },
	{ NULL, "Shortly after 9 p.m. Police closed the road.",
	    "Shortly after 9 p.m. Police closed the road." },
	{ NULL, "It starts at 9 a.m. Eastern and ends at 5 p.m. Friday.",
	    "It starts at 9 a.m. Eastern and ends at 5 p.m. Friday." },
	{ NULL, "It starts at 9 a.m. EST on most days.",
	    "It starts at 9 a.m. EST on most days." },
	{ NULL, "The call is at 7 a.m. Beijing time.",
	    "The call is at 7 a.m. Beijing time." },
	{ NULL, "It ends at 7 a.m. Beijing will be quiet.",
	    "It ends at 7 a.m. | Beijing will be quiet." },

	/* a state abbreviation after a city ends a sentence (AP style) */
	{ NULL, "The firm is based in Tucson, Ariz. Raytheon is nearby.",
	    "The firm is based in Tucson, Ariz. | Raytheon is nearby." },
	{ NULL, "The office is in Hartford, Conn. Aetna is next door.",
	    "The office is in Hartford, Conn. | Aetna is next door." },
	{ NULL, "She lives in Albany, N.Y. Snow fell there.",
	    "She lives in Albany, N.Y. | Snow fell there." },
	{ NULL, "He lives in Washington, D.C. Officials met him.",
	    "He lives in Washington, D.C. | Officials met him." },
	{ NULL, "The Austin, Tex. plant has grown.",
	    "The Austin, Tex. plant has grown." },
	{ NULL, "He met Ariz. Gov. Ducey.", "He met Ariz. Gov. Ducey." },

	/* a number after "No." and its kin */
	{ NULL, "Read rule No. 4.3.2 first. Then sign.",
	    "Read rule No. 4.3.2 first. | Then sign." },
	{ NULL, "It is at N\xc2\xb0. 1026.25.5. That is all.",
	    "It is at N\xc2\xb0. 1026.25.5. | That is all." },

	/* a URL after a colon that ends its sentence stays in it */
	{ NULL, "The rules are at: https://example.com/docs/rules_v2.html. Please read them.",
	    "The rules are at: https://example.com/docs/rules_v2.html. | Please read them." },
	{ NULL, "See the form at: www.example.net/form.pdf. Sign it.",
	    "See the form at: www.example.net/form.pdf. | Sign it." },
	{ NULL, "MORE AT: http://example.com/some-long-title-...",
	    "MORE AT: http://example.com/some-long-title-..." },

	/* '!' in a name inside a sentence */
	{ NULL, "She worked at Yahoo! from 2001 until 2005.",
	    "She worked at Yahoo! from 2001 until 2005." },
	{ NULL, "We watched Jeopardy! and then slept. It was late.",
	    "We watched Jeopardy! and then slept. | It was late." },
	{ NULL, "Great deal at PETSMART! works well.",
	    "Great deal at PETSMART! | works well." },
	{ NULL, "Wow! that was fast.", "Wow! | that was fast." },

	/* a citation after a quotation, and omissions in brackets */
	{ NULL, "He wrote that \"rates [...] will climb\" (Moss 88). Few agreed.",
	    "He wrote that \"rates [...] will climb\" (Moss 88). | Few agreed." },
	{ NULL, "\"Rates will climb [...]\" (Moss et al. 8-9). Few agreed.",
	    "\"Rates will climb [...]\" (Moss et al. 8-9). | Few agreed." },
	{ NULL, "Yields would rise [...] Ozone is well understood.",
	    "Yields would rise [...] | Ozone is well understood." },

	/* ellipses in every style */
	{ NULL, "We should weigh \xe2\x80\xa6 Russia's view on this.",
	    "We should weigh \xe2\x80\xa6 Russia's view on this." },
	{ NULL, "We should weigh ... Germany's view. Then vote.",
	    "We should weigh ... Germany's view. | Then vote." },
	{ NULL, "It was late\xe2\x80\xa6 We went home.",
	    "It was late\xe2\x80\xa6 | We went home." },
	{ NULL, "the point is . . . I did not see it.",
	    "the point is . . . I did not see it." },
	{ NULL, "Costs were cut . . . and jobs were lost.",
	    "Costs were cut . . . and jobs were lost." },
	{ NULL, "It was over . . . . The crowd left.",
	    "It was over . . . . | The crowd left." },
	{ NULL, "He paid the bill. . . . The waiter left. . . .",
	    "He paid the bill. | . . . The waiter left. . . ." },
	{ NULL, ". . . and then the lights went out.",
	    ". . . and then the lights went out." },
	{ NULL, "I never said that.... She left.", "I never said that.... | She left." },

	/* a full stop with no space after it, in scraped text */
	{ NULL, "Prices rose.Buyers fled.The index ended at 3,100.Volume was low.",
	    "Prices rose. | Buyers fled. | The index ended at 3,100. | Volume was low." },
	{ NULL, "It was Monday.Mr. Hale left.", "It was Monday. | Mr. Hale left." },
	{ NULL, "The U.S.Army and example.com and report.Final_v2 stay.",
	    "The U.S.Army and example.com and report.Final_v2 stay." },
	{ NULL, "Visit Example.Com today. It rose 3.5 percent.",
	    "Visit Example.Com today. | It rose 3.5 percent." },
	{ NULL, "See http://example.org/a.Html now.",
	    "See http://example.org/a.Html now." },
	{ NULL, "It was done by Acme Inc.Then more.", "It was done by Acme Inc.Then more." },

	/* a question or exclamation in quotes, then a new sentence */
	{ NULL, "She shouted, \"Is anyone there?\" Nobody answered.",
	    "She shouted, \"Is anyone there?\" | Nobody answered." },
	{ NULL, "He yelled, \xe2\x80\x9cStop!\xe2\x80\x9d Nobody replied.",
	    "He yelled, \xe2\x80\x9cStop!\xe2\x80\x9d | Nobody replied." },
	{ NULL, "\"Is it over?\" Anne asked.", "\"Is it over?\" Anne asked." },
	{ NULL, "He asked, \xe2\x80\x98Is it over?\xe2\x80\x99 Nobody replied.",
	    "He asked, \xe2\x80\x98Is it over?\xe2\x80\x99 | Nobody replied." },
	{ NULL, "\"Hey! Not bad!\" Pete said.", "\"Hey! | Not bad!\" Pete said." },

	/* bad and odd input */
	{ NULL, "caf\xe9. Next \xff one.", "caf\xe9. | Next \xff one." },
	{ NULL, "....", "...." },
	{ NULL, ". . .", ". . ." },
	{ NULL, "?!?! Why", "?!?! | Why" },
	{ NULL, "a.b.c.d.e.f", "a.b.c.d.e.f" },
	{ NULL, "End.\"", "End.\"" },
	{ NULL, "[", "[" },
	{ NULL, "x. [12", "x. [12" },
	{ NULL, "\xe2\x80", "\xe2\x80" },
};

static char *
split(const struct splitter *sp, const char *in, size_t len)
{
	struct ss_iter it;
	size_t s, e, n = 0;
	char *out = malloc(3 * len + 16);

	if (out == NULL)
		abort();
	ss_iter_init(&it, sp, in, len);
	while (ss_next(&it, &s, &e)) {
		if (n > 0) {
			memcpy(out + n, " | ", 3);
			n += 3;
		}
		memcpy(out + n, in + s, e - s);
		n += e - s;
	}
	out[n] = '\0';
	return out;
}

/* A long text must split in linear time and never crash. */
static int
long_input(const struct splitter *sp, char fill, size_t len)
{
	struct ss_iter it;
	char *buf = malloc(len);
	size_t s, e, n = 0, last = 0;
	int ok = 1;

	if (buf == NULL)
		abort();
	memset(buf, fill, len);
	ss_iter_init(&it, sp, buf, len);
	while (ss_next(&it, &s, &e)) {
		if (s < last || e <= s || e > len)
			ok = 0;
		last = e;
		n++;
	}
	free(buf);
	return ok && (fill == ' ' ? n == 0 : n >= 1);
}

int
main(void)
{
	struct splitter sp[6];
	const char *names[6] = { "en", "de", "el", "es", "fr", NULL };
	size_t i;
	int j, passed = 0, failed = 0;

	for (j = 0; names[j] != NULL; j++)
		if (ss_init(&sp[j], names[j]) == -1) {
			printf("FAIL: ss_init(%s)\n", names[j]);
			return 1;
		}
	if (ss_init(&sp[5], "xx") != -1) {
		printf("FAIL: ss_init accepted an unknown language\n");
		failed++;
	} else
		passed++;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct tcase *tc = &cases[i];
		char *got;

		for (j = 0; tc->lang != NULL && names[j] != NULL; j++)
			if (strcmp(names[j], tc->lang) == 0)
				break;
		if (tc->lang == NULL)
			j = 0;
		got = split(&sp[j], tc->in, strlen(tc->in));
		if (strcmp(got, tc->out) == 0)
			passed++;
		else {
			failed++;
			printf("FAIL: %s\n  want: %s\n  got:  %s\n", tc->in,
			    tc->out, got);
		}
		free(got);
	}
	if (long_input(&sp[0], '.', 1 << 20) && long_input(&sp[0], 'a',
	    1 << 20) && long_input(&sp[0], ' ', 1 << 20) &&
	    long_input(&sp[0], '!', 1 << 20))
		passed++;
	else {
		failed++;
		printf("FAIL: long inputs\n");
	}
	for (j = 0; names[j] != NULL; j++)
		ss_free(&sp[j]);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
