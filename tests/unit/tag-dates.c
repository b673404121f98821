/*
 * Unit tests of the tag-dates engine: text + reference date -> rows.
 * Each expected row is "TYPE VALUE SURFACE"; rows are joined by " | ".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/tag-dates/dates.h"

struct tcase {
	const char	*ref;		/* NULL: no reference date */
	const char	*text;
	const char	*want;
};

static const struct tcase cases[] = {
	/* absolute dates */
	{ "2019-09-06", "It happened on September 5, 2019 in town.",
	    "DATE 2019-09-05 September 5, 2019" },
	{ "2019-09-06", "It happened on 5 September 2019.",
	    "DATE 2019-09-05 5 September 2019" },
	{ "2019-09-06", "The launch was on Sep 5th.", "DATE 2019-09-05 Sep 5th" },
	{ "2019-09-06", "They met on 5 Sept at noon.",
	    "TIME 2019-09-05T12:00 5 Sept at noon" },
	{ "2019-09-06", "the fifth of September", "DATE 2019-09-05 the fifth of September" },
	{ "2019-09-06", "Dated 2019-09-05 and 2019-09.",
	    "DATE 2019-09-05 2019-09-05 | DATE 2019-09 2019-09" },
	{ "2019-09-06", "Sales rose in August 2017.", "DATE 2017-08 August 2017" },
	{ "2019-09-06", "Sales rose in January this year.",
	    "DATE 2019-01 January this year" },
	{ "2019-09-06", "The law passed in 2015.", "DATE 2015 2015" },
	{ "2019-09-06", "It was built in 1850.", "DATE 1850 1850" },
	{ "2019-09-06", "The 1850 residents left.", "" },
	{ "2019-09-06", "It cost $2015 and 2015.5 points.", "" },
	{ "2019-09-06", "The 1990s and the '80s.", "DATE 199 The 1990s | DATE 198 the '80s" },
	{ "2019-09-06", "the late 1970s", "DATE 197 the late 1970s" },
	{ "2019-09-06", "In the 19th century and the twentieth century.",
	    "DATE 18 the 19th century | DATE 19 the twentieth century" },
	{ "2019-09-06", "fiscal 1989", "DATE 1989 fiscal 1989" },
	{ "2019-09-06", "by the year 2000", "DATE 2000 the year 2000" },
	{ "2019-09-06", "in nineteen ninety-six", "DATE 1996 nineteen ninety-six" },
	{ "2019-09-06", "Tue., Sept. 3, 2019", "DATE 2019-09-03 Tue., Sept. 3, 2019" },
	/* years in words after a month or season (transcribed speech) */
	{ "1998-02-27", "It began in January nineteen ninety-seven.",
	    "DATE 1997-01 January nineteen ninety-seven" },
	{ "1998-02-27", "in the winter of nineteen ninety-four",
	    "DATE 1994-WI the winter of nineteen ninety-four" },
	{ "1998-02-27", "In January nineteen people died.", "DATE 1998-01 January" },
	/* quarters and halves */
	{ "2019-09-06", "the first quarter of 2019", "DATE 2019-Q1 the first quarter of 2019" },
	{ "2019-09-06", "Q1 2019 and Q3", "DATE 2019-Q1 Q1 2019 | DATE 2019-Q3 Q3" },
	{ "1989-11-02", "its third-quarter loss", "DATE 1989-Q3 third-quarter" },
	{ "1998-01-26", "profits for the fourth quarter fell",
	    "DATE 1997-Q4 the fourth quarter" },
	{ "1989-11-02", "the 1988 second quarter", "DATE 1988-Q2 the 1988 second quarter" },
	{ "1989-11-02", "this year's third quarter", "DATE 1989-Q3 this year's third quarter" },
	{ "1989-11-02", "The third quarter was weak, down from a year earlier.",
	    "DATE 1989-Q3 The third quarter | DATE 1988-Q3 a year earlier" },
	{ "1989-11-02", "the first half of 1990", "DATE 1990-H1 the first half of 1990" },
	{ "1989-11-02", "the last half of 1989 and the first half-hour of 1990",
	    "DATE 1989-H2 the last half of 1989 | DATE 1990 1990" },
	{ "1989-11-02", "Profit rose in the third quarter; that quarter was weak.",
	    "DATE 1989-Q3 the third quarter | DATE 1989-Q3 that quarter" },
	{ "1989-11-02", "Profit rose in the third quarter from a year-earlier loss.",
	    "DATE 1989-Q3 the third quarter | DATE 1988-Q3 year-earlier" },
	/* seasons */
	{ "2019-09-06", "in summer 2018", "DATE 2018-SU summer 2018" },
	{ "2019-09-06", "this summer and last fall", "DATE 2019-SU this summer | DATE 2018-FA last fall" },
	{ "2019-09-06", "Leaves fall. Springs break.", "" },
	{ "2019-09-06", "in mid-October", "DATE 2019-10 mid-October" },
	/* relative, tense-aware */
	{ "2019-09-06", "He said on Monday he would go.", "DATE 2019-09-02 Monday" },
	{ "2019-09-06", "He will meet on Monday.", "DATE 2019-09-09 Monday" },
	{ "2019-09-06", "Markets closed on Friday.", "DATE 2019-09-06 Friday" },
	{ "2019-09-06", "last Friday and next Friday",
	    "DATE 2019-08-30 last Friday | DATE 2019-09-13 next Friday" },
	{ "2019-09-06", "today, yesterday, tomorrow",
	    "DATE 2019-09-06 today | DATE 2019-09-05 yesterday | DATE 2019-09-07 tomorrow" },
	{ "2019-09-06", "tonight and this morning",
	    "TIME 2019-09-06TNI tonight | TIME 2019-09-06TMO this morning" },
	{ "2019-09-06", "Friday morning", "TIME 2019-09-06TMO Friday morning" },
	/* parts of the day: mid-, in the, later in the; joined to a day */
	{ "1989-11-02", "At mid-afternoon yesterday the shares rose.",
	    "TIME 1989-11-01TAF mid-afternoon yesterday" },
	{ "1989-11-02", "By mid afternoon, officials said.", "TIME 1989-11-02TAF mid afternoon" },
	{ "1989-11-02", "Dealers bought in the morning and sold later in the evening.",
	    "TIME 1989-11-02TMO the morning | TIME 1989-11-02TEV later in the evening" },
	{ "1989-11-02", "He will go back Tuesday in the morning.",
	    "TIME 1989-11-07TMO Tuesday in the morning" },
	{ "1989-11-02", "It ran in the morning papers and the evening session.", "" },
	{ "1989-11-02", "It struck in the early morning; by late afternoon it was over.",
	    "TIME 1989-11-02TMO the early morning | TIME 1989-11-02TAF late afternoon" },
	{ "1989-11-02", "late night talks and the late evening news", "" },
	{ "1989-11-02", "He has been ill for some time.", "DURATION PXX some time" },
	{ "2019-09-06", "last week, this month, next year, last quarter",
	    "DATE 2019-W35 last week | DATE 2019-09 this month | DATE 2020 next year | DATE 2019-Q2 last quarter" },
	{ "2019-09-06", "the past year", "DATE 2018 the past year" },
	{ "2019-09-06", "two years ago and three weeks ago and 10 days ago",
	    "DATE 2017 two years ago | DATE 2019-W33 three weeks ago | DATE 2019-08-27 10 days ago" },
	{ "2019-09-06", "a decade ago", "DATE 200 a decade ago" },
	{ "2019-09-06", "It will reopen in three days.", "DATE 2019-09-09 three days" },
	{ "2019-09-06", "the highest in three years", "DURATION P3Y three years" },
	{ "2019-09-06", "a day-long strike ended a decades-long feud and a years-old slump",
	    "DURATION P1D day-long | DURATION PXDE decades-long | DURATION PXY years-old" },
	{ "2019-09-06", "a several-year tenure, over the next couple of years",
	    "DURATION PXY several-year | DURATION P2Y the next couple of years" },
	/* "couple of" with no article opens a count too (its gate) */
	{ "2019-09-06", "The talks ran on, couple of weeks at most.",
	    "DURATION P2W couple of weeks" },
	{ "2019-09-06", "It took a minute and a half, then two hours and a half.",
	    "DURATION PT1M30S a minute and a half | DURATION PT2H30M two hours and a half" },
	{ "2019-09-06", "Prices may rise in the weeks ahead.", "DURATION PXW the weeks ahead" },
	{ "2019-09-06", "It needs an additional year and a further three months.",
	    "DURATION P1Y an additional year | DURATION P3M a further three months" },
	{ "2019-09-06", "an additional 1,000 jobs", "" },
	{ "2019-09-06", "a 10-year-old boy and a months-long siege", "DURATION PXM months-long" },
	{ "2019-09-06", "earlier this month, later this year, early next year, late last year",
	    "DATE 2019-09 earlier this month | DATE 2019 later this year | DATE 2020 early next year | DATE 2018 late last year" },
	{ "2019-09-06", "the end of 1990", "DATE 1990 the end of 1990" },
	{ "1989-11-02", "Jobs will be cut by year end, rules in place by year's end.",
	    "DATE 1989 year end | DATE 1989 year's end" },
	{ "1989-11-02", "its year-end results", "DATE 1989-12-31 year-end" },
	{ "1989-11-02", "the year's end-of-season sale", "" },
	{ "2019-09-06", "It was held in November.", "DATE 2018-11 November" },
	{ "2019-09-06", "It will be held in November.", "DATE 2019-11 November" },
	{ "2019-09-06", "It rose since December.", "DATE 2018-12 December" },
	{ "2019-09-06", "last November", "DATE 2018-11 last November" },
	/* "said" dates the saying: a day soon after the reference keeps its year */
	{ "1989-10-30", "It said it will redeem the shares on Dec. 7.", "DATE 1989-12-07 Dec. 7" },
	{ "1989-11-02", "The offer had been set to expire Nov. 6.", "DATE 1989-11-06 Nov. 6" },
	{ "1989-11-02", "The offer expired Oct. 6 and Sept. 2.",
	    "DATE 1989-10-06 Oct. 6 | DATE 1989-09-02 Sept. 2" },
	{ "1989-11-02", "It said sales peaked on Jan. 20.", "DATE 1989-01-20 Jan. 20" },
	{ "2019-05-20", "It must be done next 6th of April.", "DATE 2020-04-06 6th of April" },
	/* a month with no tense cue: the next one only up to two months ahead */
	{ "1989-10-27", "In January, the bank cut its rate.", "DATE 1989-01 January" },
	{ "1989-10-27", "The show opens in December.", "DATE 1989-12 December" },
	{ "1989-11-27", "The show opens in January.", "DATE 1990-01 January" },
	{ "1989-02-10", "In October, the bank cut its rate.", "DATE 1988-10 October" },
	/* anaphoric: from the last date the text named, else the reference */
	{ "2000-01-28", "It was founded in 1996, sold later that year and shut the following year.",
	    "DATE 1996 1996 | DATE 1996 later that year | DATE 1997 the following year" },
	{ "2000-01-28", "It hired him in May 1989; the following month it fired him.",
	    "DATE 1989-05 May 1989 | DATE 1989-06 the following month" },
	{ "2000-01-28", "He was seen on Nov. 3, 1998 and searched that same day.",
	    "DATE 1998-11-03 Nov. 3, 1998 | DATE 1998-11-03 that same day" },
	{ "1989-11-02", "Sales fell that year.", "DATE 1989 that year" },
	{ "1989-10-30", "The index closed Friday at 2082, down from the previous Friday.",
	    "DATE 1989-10-27 Friday | DATE 1989-10-20 previous Friday" },
	{ "2000-04-03", "He could come to the U.S. as early as Tuesday.", "DATE 2000-04-04 Tuesday" },
	{ "1990-08-15", "Today is the eighth day of the siege; on the 100th day it ended.",
	    "DATE 1990-08-15 Today | DATE 1990-08-15 the eighth day | DATE 1990-08-15 the 100th day" },
	{ "2000-01-28", "the first day-care center", "" },
	{ "1989-11-02", "He said that year-end sales fell.", "DATE 1989-12-31 year-end" },
	/* "next to" is a place, not the future */
	{ "1998-08-08", "Ten died in the blast next to the embassy on Friday.",
	    "DATE 1998-08-07 Friday" },
	{ "2019-09-06", "payable Jan. 2", "DATE 2020-01-02 Jan. 2" },
	{ "2019-09-06", "now, currently, recently",
	    "DATE PRESENT_REF now | DATE PRESENT_REF currently | DATE PAST_REF recently" },
	{ "2019-09-06", "in recent years, in the past, in the future",
	    "DURATION PXY recent years | DATE PAST_REF the past | DATE FUTURE_REF the future" },
	/* "in recent weeks" measures time (TimeML PXW); elsewhere PAST_REF */
	{ "2019-09-06", "Prices fell in recent weeks.", "DURATION PXW recent weeks" },
	{ "2019-09-06", "Rates may rise in coming months.", "DURATION PXM coming months" },
	{ "2019-09-06", "the boom of recent years", "DATE PAST_REF recent years" },
	{ "2019-09-06", "It bodes ill for coming quarters.", "DATE FUTURE_REF coming quarters" },
	/* a quarter not yet over is a forecast, not the quarter reported on */
	{ "1990-11-02", "Profit rose in the third quarter. It expects a fourth-quarter charge. "
	    "Sales fell in the latest quarter from a year ago.",
	    "DATE 1990-Q3 the third quarter | DATE 1990-Q4 fourth-quarter | "
	    "DATE 1990-Q3 the latest quarter | DATE 1989-Q3 a year ago" },
	{ "2019-09-06", "over the weekend", "DATE 2019-W35-WE the weekend" },
	/* times */
	{ "2019-09-06", "at 3pm, 10 a.m., 10.30am, 15:30",
	    "TIME 2019-09-06T15:00 3pm | TIME 2019-09-06T10:00 10 a.m. | TIME 2019-09-06T10:30 10.30am | TIME 2019-09-06T15:30 15:30" },
	{ "2019-09-06", "noon and midnight",
	    "TIME 2019-09-06T12:00 noon | TIME 2019-09-06T00:00 midnight" },
	{ "2019-09-01", "on Sept. 6 at 3 p.m.", "TIME 2019-09-06T15:00 Sept. 6 at 3 p.m." },
	{ "1998-08-11", "at 9 a.m. EST Tuesday", "TIME 1998-08-11T09:00 9 a.m. EST Tuesday" },
	{ "1998-08-11", "4 in the morning", "TIME 1998-08-11T04:00 4 in the morning" },
	{ "1998-08-11", "John 3:16 says", "" },
	/* durations */
	{ "2019-09-06", "three days, 11 months, a decade",
	    "DURATION P3D three days | DURATION P11M 11 months | DURATION P10Y a decade" },
	{ "2019-09-06", "the past two months", "DURATION P2M the past two months" },
	{ "2019-09-06", "the first nine months", "DURATION P9M the first nine months" },
	{ "2019-09-06", "a 16-hour day and a two-year deal",
	    "DURATION PT16H 16-hour | DURATION P2Y two-year" },
	{ "2019-09-06", "a 10-year-old boy", "" },
	/* a singular unit-long adjective after any word: one unit */
	{ "2019-09-06", "their third day-long meeting and his year-long campaign",
	    "DURATION P1D day-long | DURATION P1Y year-long" },
	{ "2019-09-06", "a 12-hour-long wait", "" },
	/* "the first hours", "the early years": some of them */
	{ "1991-02-25", "Many gave up in the first hours of the war.",
	    "DURATION PTXH the first hours" },
	{ "1991-02-25", "In the early years and the final weeks it grew.",
	    "DURATION PXY the early years | DURATION PXW the final weeks" },
	{ "1991-02-25", "He was held in the early hours.", "" },
	{ "2019-09-06", "at least 72 hours", "DURATION PT72H at least 72 hours" },
	{ "2019-09-06", "5 1/2 hours", "DURATION PT5H30M 5 1/2 hours" },
	{ "2019-09-06", "several years", "DURATION PXY several years" },
	{ "2019-09-06", "for years", "DURATION PXY years" },
	/* sets */
	{ "2019-09-06", "every year, every summer, weekly, each Thursday",
	    "SET P1Y every year | SET XXXX-SU every summer | SET P1W weekly | SET XXXX-WXX-4 each Thursday" },
	{ "2019-09-06", "every other week", "SET P2W every other week" },
	{ "2019-09-06", "on Mondays", "SET XXXX-WXX-1 Mondays" },
	{ "2019-09-06", "twice a year", "SET P1Y a year" },
	/* holidays */
	{ "2019-09-06", "Christmas Day", "DATE 2019-12-25 Christmas Day" },
	{ "2019-09-06", "Christmas Eve", "DATE 2019-12-24 Christmas Eve" },
	{ "2019-09-06", "New Year's Day", "DATE 2020-01-01 New Year's Day" },
	{ "2019-09-06", "New Year\xe2\x80\x99s Day", "DATE 2020-01-01 New Year\xe2\x80\x99s Day" },
	{ "2019-09-06", "Independence Day", "DATE 2019-07-04 Independence Day" },
	{ "2019-09-06", "Thanksgiving 2019", "DATE 2019-11-28 Thanksgiving 2019" },
	{ "2019-09-06", "Easter 2020", "DATE 2020-04-12 Easter 2020" },
	{ "2019-09-06", "Lunar New Year 2021", "DATE 2021-02-12 Lunar New Year 2021" },
	{ NULL, "Christmas", "DATE XXXX-12-25 Christmas" },
	/* numeric dates */
	{ "2019-09-06", "on 25/12/2019", "DATE 2019-12-25 25/12/2019" },
	{ "2019-09-06", "on 12/25/2019", "DATE 2019-12-25 12/25/2019" },
	{ "2019-09-06", "on 05/09/2019", "" },
	{ "2019-09-06", "on 25/12/2019 and 05/09/2019",
	    "DATE 2019-12-25 25/12/2019 | DATE 2019-09-05 05/09/2019" },
	{ "2019-09-06", "on 5.9.2019", "DATE 2019-09-05 5.9.2019" },
	{ "2019-09-06", "on 31/02/2019", "" },
	/* never */
	{ "2019-09-06", "World War II, 27 times, Chapter 11, Route 66, Boeing 747, 1,200 residents", "" },
	{ "2019-09-06", "They won 102-98. You may go. The march drew crowds. We sat in the sun.", "" },
	{ "2019-09-06", "May I go? March on!", "" },
	{ "2019-09-06", "the May meeting", "DATE 2019-05 May" },
	{ "2019-09-06", "Room 2019 and No. 2020", "" },
	/* unresolved */
	{ NULL, "On Thursday, in November, last year, two years ago, the third quarter",
	    "DATE XXXX-WXX-4 Thursday | DATE XXXX-11 November | DATE XXXX last year | DATE XXXX two years ago | DATE XXXX-Q3 the third quarter" },
	{ NULL, "today at 3pm", "TIME XXXX-XX-XXT15:00 today at 3pm" },
	/* more forms */
	{ "2019-09-06", "deliver 2000 pieces, in 2000 sales rose",
	    "DATE 2000 2000" },
	{ "2019-09-06", "2019 Q1, 2019-Q3, q3 2019, 2019 H2",
	    "DATE 2019-Q1 2019 Q1 | DATE 2019-Q3 2019-Q3 | DATE 2019-Q3 q3 2019 | DATE 2019-H2 2019 H2" },
	{ "2019-09-06", "plans for Dec, 2018 and Dec-2018",
	    "DATE 2018-12 Dec, 2018 | DATE 2018-12 Dec-2018" },
	{ "2000-02-24", "a hearing the week of March 6",
	    "DATE 2000-W10 the week of March 6" },
	{ "2019-09-06", "see you on friday", "DATE 2019-09-06 friday" },
	{ "1989-11-02", "in the year-ago third quarter",
	    "DATE 1988-Q3 the year-ago third quarter" },
	{ "1989-11-02", "The third quarter rose. In the 1988 period it fell.",
	    "DATE 1989-Q3 The third quarter | DATE 1988-Q3 the 1988 period" },
	{ "2019-09-06", "about three-quarters of the shares", "" },
	{ "2019-09-06", "$1.76 a year and 700 seats a week", "" },
	{ "2019-09-06", "over the past decade", "DURATION P10Y the past decade" },
	{ "2019-09-06", "2 1/2 years", "DURATION P2Y6M 2 1/2 years" },
	{ "2019-09-06",
	    "\xe2\x80\x9c" "Today,\xe2\x80\x9d he said on \xe2\x80\x98" "Friday\xe2\x80\x99.",
	    "DATE 2019-09-06 Today | DATE 2019-09-06 Friday" },
	{ "2019-09-06", "Caf\xc3\xa9" "May and \xc3\xa9" "Friday", "" },
	/* "at the time" in a past sentence: PAST_REF on "the time" */
	{ "1998-10-20", "He said at the time that the plan would work.",
	    "DATE PAST_REF the time" },
	{ "1998-10-20", "At the time, the firm was small.", "DATE PAST_REF the time" },
	{ "1998-10-20", "It was ready at the time of the launch.", "" },
	{ "1998-10-20", "Keep it at the time you prefer.", "" },
	/* bare unit plurals that measure time */
	{ "1998-10-20", "The tickets sold out within hours.", "DURATION PTXH hours" },
	{ "1998-10-20", "It took minutes to fix.", "DURATION PTXM minutes" },
	{ "1998-10-20", "The strike lasted weeks.", "DURATION PXW weeks" },
	{ "1998-10-20", "They waited months for a reply.", "DURATION PXM months" },
	{ "1998-10-20", "in the days before the vote", "DURATION PXD days" },
	{ "1998-10-20", "In the years that followed, it grew.", "DURATION PXY years" },
	{ "1998-10-20", "for hours", "" },
	{ "1998-10-20", "The days are long.", "" },
	/* frequency words: a SET, but not a growth rate */
	{ "1998-10-20", "The fair is held annually.", "SET P1Y annually" },
	{ "1998-10-20", "Profits grew 8% annually.", "" },
	{ "1998-10-20", "Sales rose 5 percent annually.", "" },
	/* this fiscal year */
	{ "1998-10-20", "Sales this fiscal year rose; last fiscal year they fell.",
	    "DATE 1998 this fiscal year | DATE 1997 last fiscal year" },
	/* h:mm:ss with no cue of a clock time is a duration */
	{ "1998-10-20", "She won in 2:15:09.", "DURATION PT2H15M9S 2:15:09" },
	{ "1998-10-20", "a time of 0:59:30", "DURATION PT59M30S 0:59:30" },
	{ "1998-10-20", "a record of 1:00:05", "DURATION PT1H5S 1:00:05" },
	/* a decade measured, a decade named */
	{ "1998-10-20", "Costs will rise over the next decade.",
	    "DURATION P10Y the next decade" },
	{ "1998-10-20", "Costs rose in the 1990s.", "DATE 199 the 1990s" },
	/* decades in words, after "the" (not an age after a possessive);
	 * the century: the latest whose decade had begun */
	{ "1998-10-20", "Crime fell through the nineties.", "DATE 199 the nineties" },
	{ "1998-10-20", "in the late seventies and the mid-sixties",
	    "DATE 197 the late seventies | DATE 196 the mid-sixties" },
	{ "2021-05-01", "Prices rose in the twenties.", "DATE 202 the twenties" },
	{ "2019-05-01", "Prices rose in the twenties.", "DATE 192 the twenties" },
	{ NULL, "the early eighties", "DATE 198 the early eighties" },
	{ "1998-10-20", "A man in his forties, in her late fifties.", "" },
	/* a while: PXX, as "for some time" */
	{ "1998-10-20", "The plant will stay shut for a while.", "DURATION PXX a while" },
	{ "1998-10-20", "While prices fell, they bought.", "" },
	/* the idiom "high noon" is no clock time */
	{ "1998-10-20", "It was high noon for the party. We met at noon.",
	    "TIME 1998-10-20T12:00 noon" },
	/* "current" before a noun is the present; accounting terms are not */
	{ "1998-10-20", "Under current market conditions it waits.",
	    "DATE PRESENT_REF current" },
	{ "1998-10-20", "his current wife", "DATE PRESENT_REF current" },
	{ "1998-10-20", "a current account deficit and current assets", "" },
	{ "1998-10-20", "The current was strong.", "" },
	/* "these days" the present, "those days" the past */
	{ "1998-10-20", "Fewer people smoke these days; in those days most did.",
	    "DATE PRESENT_REF these days | DATE PAST_REF those days" },
	{ "1998-10-20", "these 10 days", "DURATION P10D 10 days" },
	/* "a later date": the future */
	{ "1998-10-20", "The rest will be paid at a later date or a future date.",
	    "DATE FUTURE_REF a later date | DATE FUTURE_REF a future date" },
	{ "1998-10-20", "A date was set; a later date-stamp.", "" },
	/* "for the week," and "the week's": the week the text is at */
	{ "1989-10-30", "Shares fell on Friday. For the week, the index rose.",
	    "DATE 1989-10-27 Friday | DATE 1989-W43 the week" },
	{ "1989-10-30", "It was the week's busiest session.", "DATE 1989-W44 the week" },
	{ "1989-10-30", "Sales for the week ended Oct. 27 rose.",
	    "DURATION P1W the week | DATE 1989-10-27 Oct. 27" },
	{ "1989-10-30", "Plans for the week ahead; days of the week.", "" },
	{ "2000-02-24", "A hearing is set the week of March 6; that week he flies.",
	    "DATE 2000-W10 the week of March 6 | DATE 2000-W10 that week" },
	/* "then" for a past time */
	{ "1998-10-20", "Prices were lower then.", "DATE PAST_REF then" },
	{ "1998-10-20", "The then chairman resigned.", "DATE PAST_REF then" },
	{ "1998-10-20", "the then-president said", "DATE PAST_REF then" },
	{ "1998-10-20", "He paid and then left.", "" },
	{ "1998-10-20", "Since then, prices rose.", "" },
	{ "1998-10-20", "Then he left.", "" },
	{ "1998-10-20", "We will decide then.", "" },
	/* "now" in longer phrases; "ten years from now" as TimeML: two */
	{ "1998-10-20", "By now the deal is done; until now it was secret.",
	    "DATE PRESENT_REF now | DATE PRESENT_REF now" },
	{ "1998-10-20", "From now on, fees rise.", "DATE PRESENT_REF now" },
	{ "1998-10-20", "Ten years from now it will be gone.",
	    "DURATION P10Y Ten years | DATE PRESENT_REF now" },
	/* "each season" */
	{ "1998-10-20", "The fee is charged each season.", "SET P1Y each season" },
	{ "1998-10-20", "the season opener", "" },
	/* year ranges: both years; "2008-09" (the next year) is no month */
	{ "2019-09-06", "from 1990-1995, the 2008-09 season",
	    "DATE 1990 1990 | DATE 1995 1995 | DATE 2008 2008 | DATE 2009 09" },
	{ "2019-09-06", "In fiscal 1998-99 sales rose, and in 1999-2000.",
	    "DATE 1998 fiscal 1998 | DATE 1999 99 | DATE 1999 1999 | DATE 2000 2000" },
	{ "2019-09-06", "The 1999-00 budget", "DATE 1999 1999 | DATE 2000 00" },
	{ "2019-09-06", "room 1998-99 and 1998-97", "" },
	{ "2019-09-06", "Mr. Reupke, 52 years old, led a second group.", "" },
	/* a number's gate reads its neighbours (dates.c, num_gate()): one
	 * not clean before starts only an ordinal; one before a word the
	 * lexicon does not know, only a year or a clock time */
	{ "2019-09-06", "Profit rose in the 3.2nd quarter, on the 1.100th day.",
	    "DATE 2019-Q2 2nd quarter | DATE 2019-09-06 100th day" },
	{ "2019-09-06", "The 2.19th century, x3rd quarter.",
	    "DATE 18 19th century | DATE 2019-Q3 3rd quarter" },
	{ "2019-09-06", "It ends at 10p.m. or 10 p.m. today.",
	    "TIME 2019-09-06T22:00 10p.m. | TIME 2019-09-06T22:00 10 p.m. today" },
	{ "2019-09-06", "In 2015 sales rose 5 billion and A$3.5 billion at 14 "
	    "stores, 12%, No. 2019.", "DATE 2015 2015" },
	{ "2019-09-06", "It took 2.5 years and 1,200 years and $2019.",
	    "DURATION P2Y6M 2.5 years | DURATION P1200Y 1,200 years" },
	/* ... and one before a character that joins nothing to it, only a
	 * year */
	{ "2019-09-06", "Sales (2019) rose 12% and 5 \xe2\x80\x94 in 2019! [2020] "
	    "9:30) 3 days)", "DATE 2019 2019 | DATE 2019 2019 | DATE 2020 2020 | "
	    "DURATION P3D 3 days" },
	/* words: one glued to a non-ASCII letter is foreign, one of 16
	 * letters or more no word of the lexicon, one at the end of the
	 * text read as any other */
	{ "2019-09-06", "Trading resumed on Monday\xc3\xa9, on \xc3\xa9Monday, on "
	    "Monday; notwithstandingness Thursday.",
	    "DATE 2019-09-02 Monday | DATE 2019-09-05 Thursday" },
	{ "2019-09-06", "It closed on Tuesday", "DATE 2019-09-03 Tuesday" },
	{ "2019-09-06", "It shut on Monday and on Thursday.",
	    "DATE 2019-09-02 Monday | DATE 2019-09-05 Thursday" },
	/* odd input */
	{ "2019-09-06", "", "" },
	{ "2019-09-06", "\xff\xfe in 2015 \xc3", "DATE 2015 2015" },
	{ "2019-09-06", "Sept", "" },
	{ "2019-09-06", "2019-", "DATE 2019 2019" },
	{ "2019-09-06", "the", "" },
};

static void
render(const char *text, const struct dates_mention *m, size_t n, char *buf,
    size_t cap)
{
	size_t i, len = 0;
	int k;

	buf[0] = '\0';
	for (i = 0; i < n && len < cap; i++) {
		k = snprintf(buf + len, cap - len, "%s%s %s %.*s",
		    i ? " | " : "", dates_type_name(m[i].type), m[i].value,
		    (int)(m[i].end - m[i].start), text + m[i].start);
		if (k < 0)
			break;
		len += (size_t)k;
	}
}

/*
 * A record is tagged as if it were the first: whatever tokens an earlier,
 * longer record (one token window or several) left in the engine, a
 * short record that follows reads none of them ("Sept" alone is no date,
 * "Sept 5, 2019" before it or not).
 */
static int
after_longer(struct dates *d, const struct dates_ref *ref)
{
	static const char *const shorts[] = { "Sept", "the", "in", "2019-",
	    "" };
	const struct dates_mention *m;
	char *longtext, want[512], got[512];
	size_t k, r, len, n, reps[] = { 1, 20, 2000 };
	int fail = 0;

	for (r = 0; r < sizeof reps / sizeof reps[0]; r++) {
		len = reps[r] * 16;
		longtext = malloc(len + 1);
		if (longtext == NULL)
			return 1;
		for (k = 0; k < reps[r]; k++)
			memcpy(longtext + 16 * k, "Sept 5, 2019 at ", 16);
		longtext[len] = '\0';
		for (k = 0; k < sizeof shorts / sizeof shorts[0]; k++) {
			n = dates_tag(d, shorts[k], strlen(shorts[k]), ref, &m);
			render(shorts[k], m, n, want, sizeof want);
			(void)dates_tag(d, longtext, len, ref, &m);
			n = dates_tag(d, shorts[k], strlen(shorts[k]), ref, &m);
			render(shorts[k], m, n, got, sizeof got);
			if (strcmp(got, want) != 0) {
				printf("FAIL after %zu tokens: %s\n  want: %s\n"
				    "  got:  %s\n", reps[r] * 6, shorts[k], want,
				    got);
				fail = 1;
			}
		}
		free(longtext);
	}
	return fail;
}

int
main(void)
{
	struct dates *d;
	struct dates_ref ref;
	const struct dates_mention *m;
	char got[4096];
	size_t i, n, pass = 0, fail = 0;

	d = dates_new(DO_AUTO);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct tcase *t = &cases[i];

		ref.valid = 0;
		if (t->ref != NULL && dates_parse_ref(t->ref, strlen(t->ref),
		    &ref) == -1) {
			printf("case %zu: bad ref %s\n", i, t->ref);
			fail++;
			continue;
		}
		dates_doc_reset(d);
		n = dates_tag(d, t->text, strlen(t->text), &ref, &m);
		render(t->text, m, n, got, sizeof got);
		if (strcmp(got, t->want) == 0)
			pass++;
		else {
			printf("FAIL %zu: [%s] %s\n  want: %s\n  got:  %s\n", i,
			    t->ref ? t->ref : "-", t->text, t->want, got);
			fail++;
		}
	}
	/* dates_ascii_len(): how far the text is ASCII, through every
	 * window of a long one */
	{
		static const struct { const char *text; size_t want; } a[] = {
			{ "", 0 }, { "On May 5, 2019.", 15 },
			{ "Caf\xc3\xa9 on May 5", 3 }, { "\xe2\x80\x94", 0 },
			{ "in 2015 \xff", 8 },
		};
		char *big = malloc(60001);
		size_t k, bad = 0;

		for (k = 0; k < sizeof a / sizeof a[0]; k++) {
			(void)dates_tag(d, a[k].text, strlen(a[k].text), &ref,
			    &m);
			if (dates_ascii_len(d) != a[k].want)
				bad++;
		}
		if (big != NULL) {
			for (k = 0; k < 60000; k += 6)
				memcpy(big + k, "May 5 ", 6);
			memcpy(big + 59990, "\xc3\xa9", 2);
			(void)dates_tag(d, big, 60000, &ref, &m);
			if (dates_ascii_len(d) != 59990)
				bad++;
			(void)dates_tag(d, big, 59990, &ref, &m);
			if (dates_ascii_len(d) != 59990)
				bad++;
			free(big);
		}
		if (bad) {
			printf("FAIL dates_ascii_len: %zu\n", bad);
			fail++;
		} else
			pass++;
	}
	/* number words read anew in each text, in the same buffer */
	{
		char buf[64];
		const char *const texts[] = {
		    "It ended twenty-two years ago.",
		    "It ended twenty-six years ago.", "It ended in 2015.",
		    "It ended thirty-one years ago." };
		const char *const want[] = {
		    "DATE 1997 twenty-two years ago",
		    "DATE 1993 twenty-six years ago", "DATE 2015 2015",
		    "DATE 1988 thirty-one years ago" };
		size_t k, bad = 0;

		dates_parse_ref("2019-09-06", 10, &ref);
		for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
			strcpy(buf, texts[k]);
			n = dates_tag(d, buf, strlen(buf), &ref, &m);
			render(buf, m, n, got, sizeof got);
			if (strcmp(got, want[k]) != 0) {
				printf("FAIL %s\n  want: %s\n  got:  %s\n",
				    texts[k], want[k], got);
				bad++;
			}
		}
		if (bad)
			fail++;
		else
			pass++;
	}
	/* a record after a longer one */
	dates_doc_reset(d);
	if (after_longer(d, &ref))
		fail++;
	else
		pass++;
	/* dates_parse_ref */
	if (dates_parse_ref("2019-02-29", 10, &ref) != -1 ||
	    dates_parse_ref("2020-02-29", 10, &ref) != 0 ||
	    dates_parse_ref("2020-2-29", 9, &ref) != -1) {
		printf("FAIL dates_parse_ref\n");
		fail++;
	} else
		pass++;
	dates_free(d);
	printf("%zu passed, %zu failed\n", pass, fail);
	return fail ? 1 : 0;
}
