/*
 * unit/tag-money -- the tag-money engine on a table of texts and the
 * rows expected from each: "CUR AMOUNT SURFACE", joined by " | ".
 * Every row is also checked for its code-point offsets.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/tag-money/money.h"
#include "u8.h"
#include "unit.h"

struct tcase {
	const char	*text;
	const char	*want;
};

static const struct tcase cases[] = {
	/* signs and prefixes, with or without a space */
	{ "It cost $5.", "USD 5 $5" },
	{ "US$ 1.8 trillion", "USD 1800000000000 US$ 1.8 trillion" },
	{ "US$1.8 trillion", "USD 1800000000000 US$1.8 trillion" },
	{ "HK$3.5 billion", "HKD 3500000000 HK$3.5 billion" },
	{ "NT$500 each", "TWD 500 NT$500" },
	{ "S$20", "SGD 20 S$20" },
	{ "A$1.2bn", "AUD 1200000000 A$1.2bn" },
	{ "C$16", "CAD 16 C$16" },
	{ "NZ$40m", "NZD 40000000 NZ$40m" },
	{ "R$3 million", "BRL 3000000 R$3 million" },
	{ "£5", "GBP 5 £5" },
	{ "€7", "EUR 7 €7" },
	{ "¥800", "JPY 800 ¥800" },
	{ "CN¥200", "CNY 200 CN¥200" },
	{ "₹1.2 lakh crore", "INR 1200000000000 ₹1.2 lakh crore" },
	{ "Rs 5 crore", "INR 50000000 Rs 5 crore" },
	{ "Rs. 300 crore", "INR 3000000000 Rs. 300 crore" },
	{ "Rs500", "INR 500 Rs500" },
	{ "₩5 trillion", "KRW 5000000000000 ₩5 trillion" },
	{ "₽40 billion", "RUB 40000000000 ₽40 billion" },
	{ "₺200", "TRY 200 ₺200" },
	{ "₫50.000", "VND 50000 ₫50.000" },
	{ "฿300", "THB 300 ฿300" },
	{ "₱1,000", "PHP 1000 ₱1,000" },
	{ "RM 5 million", "MYR 5000000 RM 5 million" },
	{ "Rp 5.000.000", "IDR 5000000 Rp 5.000.000" },
	{ "Rp 5.000", "IDR 5000 Rp 5.000" },
	{ "Dh 20", "AED 20 Dh 20" },
	{ "MOP 10", "MOP 10 MOP 10" },
	{ "CHF 30", "CHF 30 CHF 30" },
	{ "Fr. 40", "CHF 40 Fr. 40" },
	{ "USD 250 million", "USD 250000000 USD 250 million" },
	{ "EUR 1.5m", "EUR 1500000 EUR 1.5m" },
	{ "250 million USD", "USD 250000000 250 million USD" },
	{ "USD115", "USD 115 USD115" },
	{ "115.5USD", "USD 115.5 115.5USD" },
	{ "10 € and 5 $", "EUR 10 10 € | USD 5 5 $" },
	{ "30 MUSD", "USD 30000000 30 MUSD" },
	{ "MEUR 120", "EUR 120000000 MEUR 120" },
	{ "AUD$ 15", "AUD 15 AUD$ 15" },
	{ "u.s $ 100,000,000", "USD 100000000 u.s $ 100,000,000" },
	{ "c $ 16.4 million", "CAD 16400000 c $ 16.4 million" },
	{ "Mex$ 10 million", "MXN 10000000 Mex$ 10 million" },
	{ "75 USD million", "USD 75000000 75 USD million" },
	{ "dollar 22.5 million", "USD 22500000 dollar 22.5 million" },
	{ "99¢", "USD 0.99 99¢" },
	/* names, singular and plural */
	{ "5 dollars", "USD 5 5 dollars" },
	{ "1 dollar", "USD 1 1 dollar" },
	{ "10 US dollars", "USD 10 10 US dollars" },
	{ "10 U.S. dollars", "USD 10 10 U.S. dollars" },
	{ "5 Hong Kong dollars", "HKD 5 5 Hong Kong dollars" },
	{ "3 euros", "EUR 3 3 euros" },
	{ "one euro", "EUR 1 one euro" },
	{ "2 pounds sterling", "GBP 2 2 pounds sterling" },
	{ "2.5 million pounds", "GBP 2500000 2.5 million pounds" },
	{ "99p", "GBP 0.99 99p" },
	{ "470 pence a share", "GBP 4.7 470 pence" },
	{ "50 cents", "USD 0.5 50 cents" },
	{ "fifty cents", "USD 0.5 fifty cents" },
	{ "1.20 cents", "USD 0.012 1.20 cents" },
	{ "a 12-cent-a-share dividend", "USD 0.12 12-cent" },
	{ "8 yuan", "CNY 8 8 yuan" },
	{ "9 renminbi", "CNY 9 9 renminbi" },
	{ "10 RMB", "CNY 10 10 RMB" },
	{ "7 yen", "JPY 7 7 yen" },
	{ "her one-yen bid", "JPY 1 one-yen" },
	{ "6 rupees", "INR 6 6 rupees" },
	{ "35 lakh rupees", "INR 3500000 35 lakh rupees" },
	{ "12,34,567.89 rupees", "INR 1234567.89 12,34,567.89 rupees" },
	{ "100 won", "KRW 100 100 won" },
	{ "5 roubles and 6 rubles", "RUB 5 5 roubles | RUB 6 6 rubles" },
	{ "1 billion dirhams", "AED 1000000000 1 billion dirhams" },
	{ "3 Swiss francs", "CHF 3 3 Swiss francs" },
	{ "9 ringgit", "MYR 9 9 ringgit" },
	{ "10 baht", "THB 10 10 baht" },
	{ "11 pesos", "MXN 11 11 pesos" },
	{ "12 rand", "ZAR 12 12 rand" },
	{ "13 lira", "TRY 13 13 lira" },
	{ "10 Turkish lira", "TRY 10 10 Turkish lira" },
	{ "420 million Finnish markka", "FIM 420000000 420 million Finnish markka" },
	{ "125 million Australian dollars", "AUD 125000000 125 million Australian dollars" },
	{ "50.000 dong", "VND 50000 50.000 dong" },
	/* magnitudes */
	{ "$5k", "USD 5000 $5k" },
	{ "$50K", "USD 50000 $50K" },
	{ "$5 thousand", "USD 5000 $5 thousand" },
	{ "$5m", "USD 5000000 $5m" },
	{ "$5mn", "USD 5000000 $5mn" },
	{ "$5 mln", "USD 5000000 $5 mln" },
	{ "$1.07 trillion", "USD 1070000000000 $1.07 trillion" },
	{ "$2bn", "USD 2000000000 $2bn" },
	{ "$2 bln", "USD 2000000000 $2 bln" },
	{ "$1tn", "USD 1000000000000 $1tn" },
	{ "a $3.5-billion deal", "USD 3500000000 $3.5-billion" },
	{ "Rs 20 lakh", "INR 2000000 Rs 20 lakh" },
	{ "Rs 5 cr", "INR 50000000 Rs 5 cr" },
	/* number words */
	{ "two million dollars", "USD 2000000 two million dollars" },
	{ "a billion dollars", "USD 1000000000 a billion dollars" },
	{ "half a million pounds", "GBP 500000 half a million pounds" },
	{ "half million usd", "USD 500000 half million usd" },
	{ "a quarter million US dollars", "USD 250000 a quarter million US dollars" },
	{ "three quarters billion us dollars",
	    "USD 750000000 three quarters billion us dollars" },
	{ "two and a half billion dollars",
	    "USD 2500000000 two and a half billion dollars" },
	{ "five million yen", "JPY 5000000 five million yen" },
	{ "twenty-five thousand euros", "EUR 25000 twenty-five thousand euros" },
	{ "one hundred twenty-five thousand three hundred dollars",
	    "USD 125300 one hundred twenty-five thousand three hundred dollars" },
	{ "three thousand dollars two hundred times",
	    "USD 3000 three thousand dollars" },
	/* grouping and decimals */
	{ "$1,250", "USD 1250 $1,250" },
	{ "$5 100-year bonds", "USD 5 $5" },
	{ "$1,250.50", "USD 1250.5 $1,250.50" },
	{ "€1.250,50", "EUR 1250.5 €1.250,50" },
	{ "€1.250.000", "EUR 1250000 €1.250.000" },
	{ "€2,5 million", "EUR 2500000 €2,5 million" },
	{ "1 250 000 euros", "EUR 1250000 1 250 000 euros" },
	{ "1\xc2\xa0" "250 euros", "EUR 1250 1\xc2\xa0" "250 euros" },
	{ "$ 20,000.00 $ 37,305.97", "USD 20000 $ 20,000.00 | USD 37305.97 $ 37,305.97" },
	{ "$0.99", "USD 0.99 $0.99" },
	{ "$1.250", "USD 1.25 $1.250" },
	{ "$0", "USD 0 $0" },
	/* ranges and lists */
	{ "$5 million to $7 million", "USD 5000000 $5 million | USD 7000000 $7 million" },
	{ "between £2bn and £3bn", "GBP 2000000000 £2bn | GBP 3000000000 £3bn" },
	{ "$2-3 billion", "USD 2000000000 $2 | USD 3000000000 3 billion" },
	{ "$2 to $3 billion", "USD 2000000000 $2 | USD 3000000000 $3 billion" },
	{ "€10-12", "EUR 10 €10 | EUR 12 12" },
	{ "£2\xe2\x80\x93" "3bn", "GBP 2000000000 £2 | GBP 3000000000 3bn" },
	{ "$500 to $1 billion", "USD 500 $500 | USD 1000000000 $1 billion" },
	{ "2-3 million dollars", "USD 2000000 2 | USD 3000000 3 million dollars" },
	{ "between 2 and 3 million pounds",
	    "GBP 2000000 2 | GBP 3000000 3 million pounds" },
	{ "50-60 cents", "USD 0.5 50 | USD 0.6 60 cents" },
	{ "$45m, Rs 300 crore and €2m",
	    "USD 45000000 $45m | INR 3000000000 Rs 300 crore | EUR 2000000 €2m" },
	{ "1.5 billion yuan (US$210 million)",
	    "CNY 1500000000 1.5 billion yuan | USD 210000000 US$210 million" },
	/* rates */
	{ "$15 an hour", "USD 15 $15" },
	{ "$63.45 a barrel", "USD 63.45 $63.45" },
	{ "$ 70 - a - share", "USD 70 $ 70" },
	/* cents after the main unit */
	{ "3 dollars 50 cents", "USD 3.5 3 dollars 50 cents" },
	{ "thirteen dollars and forty-five cents",
	    "USD 13.45 thirteen dollars and forty-five cents" },
	{ "thirteen dollars forty five", "USD 13.45 thirteen dollars forty five" },
	{ "15 dollars 50.", "USD 15.5 15 dollars 50" },
	{ "17 USD 25.", "USD 17.25 17 USD 25" },
	{ "10 $ 30 cent", "USD 10.3 10 $ 30 cent" },
	{ "c $ 100 and fifty.", "CAD 100.5 c $ 100 and fifty" },
	{ "$4.25 and 32 is the quantity", "USD 4.25 $4.25" },
	{ "$5 and 10 others", "USD 5 $5" },
	{ "15 dollars and 20 minutes", "USD 15 15 dollars" },
	/* which amount a sign belongs to */
	{ "10 $ 30 $", "USD 10 10 $ | USD 30 30 $" },
	{ "1 $10 dollars bill", "USD 10 $10 dollars" },
	{ "1 $ 10 dollars bill", "USD 10 $ 10 dollars" },
	{ "in 2014 £ 50 million", "GBP 50000000 £ 50 million" },
	{ "10 rmb 20 usd", "CNY 10 10 rmb | USD 20 20 usd" },
	{ "rmb 10 usd 20", "CNY 10 rmb 10 | USD 20 usd 20" },
	{ "we are giving away 3 USD50 Cards", "USD 50 USD50" },
	{ "50 dollar 50 dollar", "USD 50 50 dollar | USD 50 50 dollar" },
	{ "50 dollar dollar", "USD 50 50 dollar" },
	{ "500 USD,100 times more", "USD 500 500 USD" },
	/* never tag */
	{ "In 2019 the company grew.", "" },
	{ "It rose 30% in 2019.", "" },
	{ "Sales rose 5 percent.", "" },
	{ "5 million people live there.", "" },
	{ "They won 3-2.", "" },
	{ "The Boeing 747 and the iPhone 11 have 5G.", "" },
	{ "130 yen per dollar", "JPY 130 130 yen" },
	{ "the rate per dollar", "" },
	{ "Section 5 of Route 66.", "" },
	{ "Call 555-1234 or +1 212 555 0100.", "" },
	{ "ALL 5 solutions are wrong.", "" },
	{ "All 70 of us.", "" },
	{ "Silica gel is used to absorb moisture.", "" },
	{ "I counted the dollars thousand of times.", "" },
	{ "He lost 20 pounds.", "" },
	{ "a 200-pound man", "" },
	{ "5 pounds of sugar", "" },
	{ "in 2019 dollars", "" },
	{ "a multibillion-dollar deal", "" },
	{ "Watch it in 1080p.", "" },
	{ "PHP 7.4 is old.", "" },
	{ "PHP 5,000", "PHP 5000 PHP 5,000" },
	{ "version 1.2.3 for $", "" },
	{ "R2-D2", "" },
	{ "R5 million", "ZAR 5000000 R5 million" },
	{ "a $ 4 billion", "USD 4000000000 $ 4 billion" },
	{ "Plan A $5", "USD 5 $5" },
	{ "", "" },
	{ "$", "" },
	{ "$$$ 5", "USD 5 $ 5" },
	{ "no money here at all", "" },
	/* continental and Australian usage, other minor units */
	{ "5.000 €", "EUR 5000 5.000 €" },
	{ "1.500 euros", "EUR 1500 1.500 euros" },
	{ "$US5 million", "USD 5000000 $US5 million" },
	{ "$A10", "AUD 10 $A10" },
	{ "50c a litre", "USD 0.5 50c" },
	{ "one kuai and five mao five", "CNY 1.55 one kuai and five mao five" },
	{ "GH\xc2\xa2 50", "GHS 50 GH\xc2\xa2 50" },
	{ "5 Trinidad and Tobago dollars", "TTD 5 5 Trinidad and Tobago dollars" },
	{ "give us $5", "USD 5 $5" },
	{ "US $5", "USD 5 US $5" },
	{ "us $ 150 million", "USD 150000000 us $ 150 million" },
	{ "Rs 1,00,000", "INR 100000 Rs 1,00,000" },
	{ "$40 billion-$50 billion", "USD 40000000000 $40 billion | USD 50000000000 $50 billion" },
	{ "£30,000-£40,000", "GBP 30000 £30,000 | GBP 40000 £40,000" },
	{ "EUR2.5bn", "EUR 2500000000 EUR2.5bn" },
	{ "2 million euros ($2.2 million)", "EUR 2000000 2 million euros | USD 2200000 $2.2 million" },
	{ "one hundred and fifty dollars", "USD 150 one hundred and fifty dollars" },
	{ "5 million won", "KRW 5000000 5 million won" },
	{ "they won 5 of 6", "" },
	{ "20 marks out of 30", "" },
	{ "the dollar rose 0.5%", "" },
	{ "since 2010 Rand Paul", "" },
	{ "in 2019 Yuan said", "" },
	{ "5 cop cars", "" },
	{ "on NPR 5 days a week", "" },
	{ "NPR 5 billion", "NPR 5000000000 NPR 5 billion" },
	{ "Only 5 won't come.", "" },
	{ "10 euro zone banks", "" },
	{ "50 Cent sang", "" },
	{ "5 quid", "GBP 5 5 quid" },
	{ "50 paise", "INR 0.5 50 paise" },
	{ "three-quarters of a billion dollars",
	    "USD 750000000 three-quarters of a billion dollars" },
	{ "$5 USD", "USD 5 $5 USD" },
	{ "10 yuan 5 jiao", "CNY 10.5 10 yuan 5 jiao" },
	{ "1 pound 20 pence", "GBP 1.2 1 pound 20 pence" },
	{ "Rp 2,5 triliun", "IDR 2500000000000 Rp 2,5 triliun" },
	{ "a billion-dollar deal", "USD 1000000000 a billion-dollar" },
	/* compound amounts: the minor unit summed into the major one's currency */
	{ "The ticket was $12 and 40c.", "USD 12.4 $12 and 40c" },
	{ "Lunch came to $9 75.", "USD 9.75 $9 75" },
	{ "She found 7 dollars 35 cents in the jar.", "USD 7.35 7 dollars 35 cents" },
	{ "a fee of 8 CAD 10 cents", "CAD 8.1 8 CAD 10 cents" },
	{ "3 NZD and 95 cents", "NZD 3.95 3 NZD and 95 cents" },
	{ "€4 and 60 cents", "EUR 4.6 €4 and 60 cents" },
	{ "an euro and 5 cents", "EUR 1.05 an euro and 5 cents" },
	{ "a dollar and ten cents", "USD 1.1 a dollar and ten cents" },
	{ "a dollar fifty", "USD 1.5 a dollar fifty" },
	{ "The stall charged 4 ringgit and 50 sen.", "MYR 4.5 4 ringgit and 50 sen" },
	{ "£3 and 20p", "GBP 3.2 £3 and 20p" },
	{ "12 pesos 30 centavos", "MXN 12.3 12 pesos 30 centavos" },
	{ "It cost $6 30 each.", "USD 6.3 $6 30" },
	{ "$6 30-year bonds", "USD 6 $6" },
	{ "$6 20 times", "USD 6 $6" },
	{ "$15 and 20 minutes", "USD 15 $15" },
	{ "$3 20th", "USD 3 $3" },
	/* "a" or "an" before a currency name, pennies, a spaced "c" */
	{ "It costs a pound.", "GBP 1 a pound" },
	{ "less than a dollar a day", "USD 1 a dollar" },
	{ "I found a quid", "GBP 1 a quid" },
	{ "a rupee per kilo", "INR 1 a rupee" },
	{ "Can I borrow a buck?", "USD 1 a buck" },
	{ "eight pennies", "USD 0.08 eight pennies" },
	{ "one penny", "USD 0.01 one penny" },
	{ "It is 40 c.", "USD 0.4 40 c" },
	{ "(75 c)", "USD 0.75 75 c" },
	/* never an amount: a currency name used as a noun modifier */
	{ "She owns a dollar store.", "" },
	{ "He kept a dollar bill.", "" },
	{ "a pound coin", "" },
	{ "a pound of flour", "" },
	{ "They lost a pound a week.", "" },
	{ "a dollar-denominated bond", "" },
	{ "a euro 6 engine", "" },
	{ "a few euros", "" },
	/* never an amount: letters after a number that are no cents */
	{ "See Figure 12 c.", "" },
	{ "items 4 c, d and e", "" },
	{ "15 c-sections", "" },
	{ "Vitamin c 500 mg", "" },
	/* signs and codes after the amount, local abbreviations before or after */
	{ "It was 4.75US$.", "USD 4.75 4.75US$" },
	{ "priced at 12 US$", "USD 12 12 US$" },
	{ "8HK$ a ride", "HKD 8 8HK$" },
	{ "40Rs per kg", "INR 40 40Rs" },
	{ "40 Rs per kg", "INR 40 40 Rs" },
	{ "a 45RM meal", "MYR 45 45RM" },
	{ "it was 45 RM", "MYR 45 45 RM" },
	{ "ringgit 12 for a plate", "MYR 12 ringgit 12" },
	{ "Malaysian ringgit 12", "MYR 12 Malaysian ringgit 12" },
	{ "LE 20 million", "EGP 20000000 LE 20 million" },
	{ "25 LE", "EGP 25 25 LE" },
	{ "15 L.E. at the market", "EGP 15 15 L.E." },
	{ "L.E. 20 a kilo", "EGP 20 L.E. 20" },
	{ "L.E. Smith wrote 5 books", "" },
	{ "NIS 40", "ILS 40 NIS 40" },
	{ "SR 20 million", "SAR 20000000 SR 20 million" },
	/* never an amount: years after a name, abbreviations after a year */
	{ "the ringgit 2019 outlook", "" },
	{ "Rs 2019-20 budget", "" },
	{ "The 2021 LE trim sold out.", "" },
	{ "Team SR 20", "" },
	/* more currency names */
	{ "45 Egyptian pounds", "EGP 45 45 Egyptian pounds" },
	{ "300 Saudi riyals", "SAR 300 300 Saudi riyals" },
	{ "5,000 tugriks", "MNT 5000 5,000 tugriks" },
	{ "two thousand Mongolian tugriks", "MNT 2000 two thousand Mongolian tugriks" },
	{ "80 kwacha", "ZMW 80 80 kwacha" },
	{ "50 Peruvian soles", "PEN 50 50 Peruvian soles" },
	{ "9 Libyan dinars", "LYD 9 9 Libyan dinars" },
	{ "60 piasters", "EGP 0.6 60 piasters" },
	{ "10 ringgits", "MYR 10 10 ringgits" },
	/* halves and quarters in words */
	{ "three and a half euros", "EUR 3.5 three and a half euros" },
	{ "a dollar and a half", "USD 1.5 a dollar and a half" },
	{ "four pounds and a quarter", "GBP 4.25 four pounds and a quarter" },
	{ "three and a half hours", "" },
	{ "two and a half percent", "" },
	{ "5 dollars and a half-eaten pie", "USD 5 5 dollars" },
	/* decimals in words */
	{ "three point two five euros", "EUR 3.25 three point two five euros" },
	{ "one point five million dollars",
	    "USD 1500000 one point five million dollars" },
	{ "zero point oh five dollars", "USD 0.05 zero point oh five dollars" },
	{ "It grew two point five percent.", "" },
	{ "They won by two point five points.", "" },
	/* "point" and digits, as speech is transcribed */
	{ "3 point 5 dollars", "USD 3.5 3 point 5 dollars" },
	{ "three point 25 euros", "EUR 3.25 three point 25 euros" },
	{ "2 point 5 million pounds", "GBP 2500000 2 point 5 million pounds" },
	{ "It rose 3 point 5 percent.", "" },
	{ "A 3 point lead cost 5 dollars", "USD 5 5 dollars" },
	{ "2 point 5,000 dollars", "USD 5000 5,000 dollars" },
	{ "2 point 5.5 dollars", "USD 5.5 5.5 dollars" },
	/* other scripts and bytes */
	{ "100元", "CNY 100 100元" },
	{ "100 ₡", "CRC 100 100 ₡" },
	{ "100,000 ரூ", "LKR 100000 100,000 ரூ" },
	{ "caf\xe9 \xe2\x82\xac" "12", "EUR 12 €12" },
	{ "\xff$5\xff", "USD 5 $5" },
	/* the scan's fast path: words it skips and words it must not */
	{ "paid a hundred dollars", "USD 100 a hundred dollars" },
	{ "an estimated $5 fee", "USD 5 $5" },
	{ "A $5 fee", "USD 5 $5" },
	{ "a-half million euros", "EUR 500000 a-half million euros" },
	{ "a half billion dollars", "USD 500000000 a half billion dollars" },
	{ "a billion dollars and an hour", "USD 1000000000 a billion dollars" },
	{ "spent a few dollars", "" },
	{ "at a cost of an additional \xe2\x82\xac" "2 billion",
	    "EUR 2000000000 \xe2\x82\xac" "2 billion" },
	{ "approximately $5 million, internationally 300 dollars",
	    "USD 5000000 $5 million | USD 300 300 dollars" },
	{ "a.m. $5 and e.g. US $6", "USD 5 $5 | USD 6 US $6" },
	{ "A quarter billion yen", "JPY 250000000 A quarter billion yen" },
	{ "AN hundred pounds", "GBP 100 AN hundred pounds" },
};

/* Format the rows of text as the table does. */
static void
rows_string(struct money *m, const char *text, size_t len, char *buf, size_t size,
    int *offsets_ok)
{
	const struct money_row *r;
	size_t n, i, k = 0;
	int w;

	*offsets_ok = 1;
	buf[0] = '\0';
	n = money_scan(m, text, len, &r);
	for (i = 0; i < n; i++) {
		w = snprintf(buf + k, size - k, "%s%s %s %.*s", i ? " | " : "",
		    r[i].cur, r[i].amount, (int)(r[i].bend - r[i].bstart),
		    text + r[i].bstart);
		if (w < 0 || (size_t)w >= size - k)
			break;
		k += (size_t)w;
		if (r[i].start != u8_count(text, r[i].bstart) ||
		    r[i].end != u8_count(text, r[i].bend) ||
		    r[i].bstart >= r[i].bend || r[i].bend > len ||
		    (i > 0 && r[i - 1].bend > r[i].bstart))
			*offsets_ok = 0;
	}
}

static void
check_table(struct money *m)
{
	char buf[2048];
	size_t i;
	int ok;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		rows_string(m, cases[i].text, strlen(cases[i].text), buf,
		    sizeof(buf), &ok);
		if (strcmp(buf, cases[i].want) == 0 && ok)
			unit_pass++;
		else {
			unit_fail++;
			fprintf(stderr, "text \"%s\"\n  got  \"%s\"%s\n  want \"%s\"\n",
			    cases[i].text, buf, ok ? "" : " (bad offsets)",
			    cases[i].want);
		}
	}
}

/* Offsets in code points after multibyte signs, and an amount past a NUL. */
static void
check_offsets(struct money *m)
{
	static const char text[] = "Prices: \xe2\x82\xac" "4.3bn and \xc2\xa5" "800.";
	static const char nul[] = "a\0b $5";
	const struct money_row *r;
	size_t n;

	n = money_scan(m, text, sizeof(text) - 1, &r);
	CHECK(n == 2);
	if (n == 2) {
		CHECK(r[0].start == 8 && r[0].end == 14);
		CHECK(r[1].start == 19 && r[1].end == 23);
		CHECK_STR(r[1].cur, "JPY");
	}
	n = money_scan(m, nul, sizeof(nul) - 1, &r);
	CHECK(n == 1);
	if (n == 1)
		CHECK(r[0].start == 4 && r[0].end == 6);
}

/* --dollar: a bare $, dollars and cents take the chosen currency. */
static void
check_dollar(void)
{
	struct money *m = money_new("HKD");
	const struct money_row *r;
	size_t n;

	n = money_scan(m, "$5, 3 dollars, 50 cents and US$2", 32, &r);
	CHECK(n == 4);
	if (n == 4) {
		CHECK_STR(r[0].cur, "HKD");
		CHECK_STR(r[1].cur, "HKD");
		CHECK_STR(r[2].cur, "HKD");
		CHECK_STR(r[2].amount, "0.5");
		CHECK_STR(r[3].cur, "USD");
	}
	money_free(m);
	CHECK(money_valid_code("EUR"));
	CHECK(!money_valid_code("eur"));
	CHECK(!money_valid_code("EURO"));
	CHECK(!money_valid_code(""));
}

/* Long inputs: no overflow, and amounts too long to be money are skipped. */
static void
check_long(struct money *m)
{
	size_t n = 1 << 20, k;
	char *s = malloc(n + 1);
	const struct money_row *r;

	if (s == NULL)
		return;
	memset(s, '9', n);
	s[0] = '$';
	CHECK(money_scan(m, s, n, &r) == 0);
	for (k = 0; k < n; k++)
		s[k] = "$1 "[k % 3];
	CHECK(money_scan(m, s, n, &r) == n / 3);
	for (k = 0; k < n; k++)
		s[k] = "1 000 "[k % 6];
	s[0] = '$';
	(void)money_scan(m, s, n, &r);
	CHECK(1);
	memset(s, '.', n);
	CHECK(money_scan(m, s, n, &r) == 0);
	/* 40 digits fit, 41 significant digits do not */
	memcpy(s, "$1234567890123456789012345678901234567890 ", 42);
	CHECK(money_scan(m, s, 42, &r) == 0);
	memcpy(s, "$1 trillion trillion trillion", 29);
	CHECK(money_scan(m, s, 29, &r) == 1);
	free(s);
}

int
main(void)
{
	struct money *m = money_new(NULL);

	check_table(m);
	check_offsets(m);
	check_dollar();
	check_long(m);
	money_free(m);
	return UNIT_DONE();
}
