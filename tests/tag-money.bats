#!/usr/bin/env bats
# tag-money (issue 6): every amount of money, normalised to an ISO 4217
# code and an exact decimal amount, one row per amount.
load test_helper

F=$(fixture tag-money)


@test "tag-money reads US\$ 1.8 trillion as USD 1800000000000" {
	run -0 --separate-stderr sh -c "printf 'They owe US\$ 1.8 trillion.\n' | tag-money"
	[ "$output" = "$(printf '1\t9\t25\tUSD\t1800000000000\tUS$ 1.8 trillion')" ]
	[ -z "$stderr" ]
}

@test "tag-money reads Rs 5 crore as INR 50000000 and a lakh crore as 10^12" {
	run -0 --separate-stderr sh -c "printf 'Rs 5 crore and ₹1.2 lakh crore\n' | tag-money"
	[ "${lines[0]}" = "$(printf '1\t0\t10\tINR\t50000000\tRs 5 crore')" ]
	[ "${lines[1]}" = "$(printf '1\t15\t30\tINR\t1200000000000\t₹1.2 lakh crore')" ]
}

@test "tag-money computes amounts exactly: 1.07 trillion, \$0.99, 50 cents, 99p" {
	run -0 --separate-stderr sh -c "printf '1.07 trillion dollars, \$0.99, 50 cents, 99p\n' | tag-money | cut -f 4,5"
	[ "$output" = "$(printf 'USD\t1070000000000\nUSD\t0.99\nUSD\t0.5\nGBP\t0.99')" ]
}

@test "tag-money reads prefixed dollar signs and symbols" {
	run -0 --separate-stderr sh -c "printf 'HK\$3.5bn NT\$500 S\$20 A\$1m C\$16 NZ\$40 R\$3 £5 €7 ¥800 CN¥2 ₩5 ₽4 ₺2 ₫50.000 ฿3 ₱1,000\n' | tag-money | cut -f 4,5 | tr '\n\t' ' :'"
	[ "$output" = "HKD:3500000000 TWD:500 SGD:20 AUD:1000000 CAD:16 NZD:40 BRL:3 GBP:5 EUR:7 JPY:800 CNY:2 KRW:5 RUB:4 TRY:2 VND:50000 THB:3 PHP:1000 " ]
}

@test "tag-money reads local abbreviations RM Rp Dh MOP CHF Fr." {
	run -0 --separate-stderr sh -c "printf 'RM 5 million, Rp 5.000.000, Dh 20, MOP 10, CHF 30, Fr. 40\n' | tag-money | cut -f 4,5 | tr '\n\t' ' :'"
	[ "$output" = "MYR:5000000 IDR:5000000 AED:20 MOP:10 CHF:30 CHF:40 " ]
}

@test "tag-money reads ISO codes before and after the amount" {
	run -0 --separate-stderr sh -c "printf 'USD 250 million, EUR 1.5m, 250 million USD, USD115, 30 MUSD\n' | tag-money | cut -f 4,5,6 | tr '\n\t' '|:'"
	[ "$output" = "USD:250000000:USD 250 million|EUR:1500000:EUR 1.5m|USD:250000000:250 million USD|USD:115:USD115|USD:30000000:30 MUSD|" ]
}

@test "tag-money reads currency names, singular and plural" {
	run -0 --separate-stderr sh -c "printf '1 dollar, 10 US dollars, 5 Hong Kong dollars, 3 euros, 2 pounds sterling, 470 pence, 8 yuan, 9 renminbi, 7 yen, 6 rupees, 100 won, 5 roubles, 3 Swiss francs, 9 ringgit, 10 baht, 11 pesos, 12 rand, 13 lira, 1 billion dirhams\n' | tag-money | cut -f 4,5 | tr '\n\t' ' :'"
	[ "$output" = "USD:1 USD:10 HKD:5 EUR:3 GBP:2 GBP:4.7 CNY:8 CNY:9 JPY:7 INR:6 KRW:100 RUB:5 CHF:3 MYR:9 THB:10 MXN:11 ZAR:12 TRY:13 AED:1000000000 " ]
}

@test "tag-money reads number words: two million dollars, fifty cents, half a million pounds" {
	run -0 --separate-stderr sh -c "printf 'two million dollars; fifty cents; half a million pounds; a billion dollars\n' | tag-money | cut -f 4,5,6 | tr '\n\t' '|:'"
	[ "$output" = "USD:2000000:two million dollars|USD:0.5:fifty cents|GBP:500000:half a million pounds|USD:1000000000:a billion dollars|" ]
}

@test "tag-money reads magnitudes k, m, bn, tn and the hyphenated \$3.5-billion" {
	run -0 --separate-stderr sh -c "printf '\$5k \$5m \$5mn \$2bn \$2 bln \$1tn a \$3.5-billion deal\n' | tag-money | cut -f 5 | tr '\n' ' '"
	[ "$output" = "5000 5000000 5000000 2000000000 2000000000 1000000000000 3500000000 " ]
}

@test "tag-money reads grouping: 1,250.50, 1.250,50, 1 250 000 and 12,34,567.89" {
	run -0 --separate-stderr sh -c "printf '\$1,250.50, €1.250,50, 1 250 000 euros, 12,34,567.89 rupees\n' | tag-money | cut -f 4,5 | tr '\n\t' ' :'"
	[ "$output" = "USD:1250.5 EUR:1250.5 EUR:1250000 INR:1234567.89 " ]
}

@test "tag-money writes one row per end of a range and per item of a list" {
	run -0 --separate-stderr tag-money "$F/ranges.in"
	[ "$output" = "$(cat "$F/ranges.out")" ]
	[ -z "$stderr" ]
}

@test "tag-money keeps the amount of a rate: \$15 an hour, \$63.45 a barrel" {
	run -0 --separate-stderr sh -c "printf 'Drivers earn \$15 an hour; oil is \$63.45 a barrel.\n' | tag-money | cut -f 5,6 | tr '\n\t' '|:'"
	[ "$output" = "15:\$15|63.45:\$63.45|" ]
}

@test "tag-money reads cents after dollars: thirteen dollars and forty-five cents" {
	run -0 --separate-stderr sh -c "printf 'thirteen dollars and forty-five cents\n' | tag-money | cut -f 5,6"
	[ "$output" = "$(printf '13.45\tthirteen dollars and forty-five cents')" ]
}

@test "tag-money never tags years, percentages, counts, scores, model numbers and phone numbers" {
	run -0 --separate-stderr sh -c "printf 'In 2019 sales rose 30%%.\n5 million people.\nThey won 3-2.\nThe Boeing 747, the iPhone 11 and 5G.\nSection 5 of Route 66.\nCall 555-1234.\nALL 5 solutions.\n' | tag-money"
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "tag-money never tags per dollar, weights in pounds or 1080p" {
	run -0 --separate-stderr sh -c "printf 'the rate per dollar\nHe lost 20 pounds.\n5 pounds of sugar\nin 2019 dollars\nWatch it in 1080p.\n' | tag-money"
	[ -z "$output" ]
}

@test "tag-money tags the article fixture" {
	run -0 --separate-stderr tag-money "$F/article.in"
	[ "$output" = "$(cat "$F/article.out")" ]
	[ -z "$stderr" ]
}

@test "tag-money reads a bare \$ as USD by default and as the --dollar currency" {
	run -0 --separate-stderr tag-money --dollar=HKD "$F/keys.in"
	[ "$output" = "$(cat "$F/keys-hkd.out")" ]
	run -0 --separate-stderr tag-money --dollar HKD "$F/keys.in"
	[ "$output" = "$(cat "$F/keys-hkd.out")" ]
	run -0 --separate-stderr sh -c "tag-money '$F/keys.in' | cut -f 6 | tr '\n' ' '"
	[ "$output" = "USD USD USD USD " ]
}

@test "tag-money refuses a --dollar that is not an ISO code with status 2" {
	run -2 --separate-stderr tag-money --dollar=hk
	[ -z "$output" ]
	[[ $stderr == *"--dollar"* ]]
	[[ $stderr == *usage:* ]]
}

@test "tag-money carries the keys of each record to its rows" {
	run -0 --separate-stderr sh -c "printf 'doc7\t3\tThe ferry cost HK\$3.5 billion.\n' | tag-money"
	[ "$output" = "$(printf 'doc7\t3\t1\t15\t29\tHKD\t3500000000\tHK$3.5 billion')" ]
}

@test "tag-money -r reads the whole line as text" {
	run -0 --separate-stderr sh -c "printf 'a\tcost \$5\n' | tag-money -r"
	[ "$output" = "$(printf '1\t7\t9\tUSD\t5\t$5')" ]
}

@test "tag-money sums a compound amount into one row, the minor unit in the major one's currency (issue 15)" {
	run -0 --separate-stderr sh -c "printf '\$12 and 40c; \$9 75; 7 dollars 35 cents; 8 CAD 10 cents; an euro and 5 cents; 4 ringgit and 50 sen\n' | tag-money | cut -f 4,5,6 | tr '\n\t' '|:'"
	[ "$output" = "USD:12.4:\$12 and 40c|USD:9.75:\$9 75|USD:7.35:7 dollars 35 cents|CAD:8.1:8 CAD 10 cents|EUR:1.05:an euro and 5 cents|MYR:4.5:4 ringgit and 50 sen|" ]
}

@test "tag-money reads a pound, eight pennies and 40 c, but not a dollar bill or Figure 12 c (issue 15)" {
	run -0 --separate-stderr sh -c "printf 'It costs a pound.\neight pennies\nIt is 40 c.\nHe kept a dollar bill and a pound coin.\nSee Figure 12 c.\n' | tag-money | cut -f 1,4,5,6 | tr '\n\t' '|:'"
	[ "$output" = "1:GBP:1:a pound|2:USD:0.08:eight pennies|3:USD:0.4:40 c|" ]
}

@test "tag-money reads signs and abbreviations after the amount: 4.75US\$, 40Rs, 45 RM, ringgit 12 (issue 15)" {
	run -0 --separate-stderr sh -c "printf 'It was 4.75US\$, 40Rs, a 45RM meal, 45 RM, ringgit 12 and Malaysian ringgit 12.\n' | tag-money | cut -f 4,5,6 | tr '\n\t' '|:'"
	[ "$output" = "USD:4.75:4.75US\$|INR:40:40Rs|MYR:45:45RM|MYR:45:45 RM|MYR:12:ringgit 12|MYR:12:Malaysian ringgit 12|" ]
}

@test "tag-money reads more currency names and abbreviations: Egyptian pounds, LE, Saudi riyals, tugriks (issue 15)" {
	run -0 --separate-stderr sh -c "printf '45 Egyptian pounds, 25 LE, 300 Saudi riyals, 5,000 tugriks, 80 kwacha, NIS 40\n' | tag-money | cut -f 4,5 | tr '\n\t' ' :'"
	[ "$output" = "EGP:45 EGP:25 SAR:300 MNT:5000 ZMW:80 ILS:40 " ]
}

@test "tag-money reads decimals in words: three point two five euros is EUR 3.25, 3 point 5 dollars USD 3.5 (issue 15)" {
	run -0 --separate-stderr sh -c "printf 'three point two five euros; one point five million dollars; it grew two point five percent; 3 point 5 dollars\n' | tag-money | cut -f 4,5,6 | tr '\n\t' '|:'"
	[ "$output" = "EUR:3.25:three point two five euros|USD:1500000:one point five million dollars|USD:3.5:3 point 5 dollars|" ]
}

@test "tag-money writes no row for years, percentages, counts or model numbers near the new forms (issue 15)" {
	run -0 --separate-stderr sh -c "printf 'the ringgit 2019 outlook\nRs 2019-20 budget\nThe 2021 LE trim sold out.\nIt grew 2.5 percent in 2019.\nItems 4 c, d and e.\n15 c-sections\nThe A380 and Boeing 747.\nShe owns a dollar store.\n' | tag-money"
	[ -z "$output" ]
}

@test "tag-money --header prints the column names first" {
	run -0 --separate-stderr sh -c "printf 'It cost \$5.\n' | tag-money --header"
	[ "$output" = "$(printf 'LINE\tSTART\tEND\tCURRENCY\tAMOUNT\tSURFACE\n1\t8\t10\tUSD\t5\t$5')" ]
}

@test "tag-money counts offsets in code points after a multibyte currency sign" {
	run -0 --separate-stderr sh -c "printf 'Prices: €4.3bn and ¥800.\n' | tag-money"
	[ "$output" = "$(printf '1\t8\t14\tEUR\t4300000000\t€4.3bn\n1\t19\t23\tJPY\t800\t¥800')" ]
}

@test "tag-money writes nothing for empty input" {
	run -0 --separate-stderr tag-money < /dev/null
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "tag-money reads a last line without a newline" {
	run -0 --separate-stderr sh -c "printf 'one\n\$7' | tag-money"
	[ "$output" = "$(printf '2\t0\t2\tUSD\t7\t$7')" ]
}

@test "tag-money drops the CR of CRLF lines" {
	run -0 --separate-stderr sh -c "printf 'cost \$5\r\nand €6\r\n' | tag-money | tr -dc '\\r' | wc -c"
	[ "$output" -eq 0 ]
	run -0 --separate-stderr sh -c "printf 'cost \$5\r\nand €6\r\n' | tag-money | cut -f 2,3,6"
	[ "$output" = "$(printf '5\t7\t$5\n4\t6\t€6')" ]
}

@test "tag-money counts an invalid UTF-8 byte as one code point and keeps going" {
	run -0 --separate-stderr sh -c "printf 'caf\351 \377 costs \$5\n' | tag-money"
	[ "$output" = "$(printf '1\t13\t15\tUSD\t5\t$5')" ]
	[ -z "$stderr" ]
}

@test "tag-money reads past a NUL byte" {
	run -0 --separate-stderr sh -c "printf 'a\000b cost \$5\n' | tag-money | cut -f 2-"
	[ "$output" = "$(printf '9\t11\tUSD\t5\t$5')" ]
}

@test "tag-money handles a 1 MB line of amounts, and 200 KB lines of digits, dots and dollar signs" {
	run -0 --separate-stderr sh -c "awk 'BEGIN { for (i = 0; i < 50000; i++) printf \"pay \$%d million; \", i; print \"\" }' | tag-money | wc -l"
	[ "$output" -eq 50000 ]
	run -0 --separate-stderr sh -c "head -c 200000 /dev/zero | tr '\\0' 9 | sed 's/^/\$/' | tag-money | wc -l"
	[ "$output" -eq 0 ]
	run -0 --separate-stderr sh -c "head -c 200000 /dev/zero | tr '\\0' . | tag-money | wc -l"
	[ "$output" -eq 0 ]
	run -0 --separate-stderr sh -c "head -c 200000 /dev/zero | tr '\\0' '\$' | tag-money | wc -l"
	[ "$output" -eq 0 ]
	run -0 --separate-stderr sh -c "awk 'BEGIN { printf \"\$1\"; for (i = 0; i < 50000; i++) printf \" 000\"; print \"\" }' | tag-money | wc -l"
	[ "$output" -eq 0 ]
}

@test "tag-money --help prints the usage to stdout and exits 0" {
	run -0 --separate-stderr tag-money --help
	[[ ${lines[0]} == "usage: tag-money [-Hhr] [--dollar=CUR] [--header] [--line-buffered] [file ...]" ]]
	[[ $output == *--dollar=CUR* ]]
	[ -z "$stderr" ]
}

@test "tag-money --version prints a version and exits 0" {
	run -0 --separate-stderr tag-money --version
	[[ $output == *tag-money* ]]
}

@test "tag-money rejects an unknown option with status 2" {
	run -2 --separate-stderr tag-money -Z
	[ -z "$output" ]
	[[ $stderr == *usage:* ]]
}

@test "tag-money warns about a missing file, reads the others and exits 1" {
	run -1 --separate-stderr tag-money "$BATS_TEST_TMPDIR/nonexistent" "$F/keys.in"
	[[ $stderr == *nonexistent* ]]
	[ "${#lines[@]}" -eq 4 ]
	[[ ${lines[0]} == "$F/keys.in"$'\t'hk1* ]]
}

@test "tag-money reports a write error to /dev/full and exits 1" {
	run -1 --separate-stderr sh -c "tag-money '$F/article.in' > /dev/full"
	[[ $stderr == *tag-money* ]]
}

@test "tag-money passes its unit tests" {
	run -0 "$UNIT/tag-money"
	[[ ${lines[-1]} == *" 0 failed" ]]
}

@test "tag-money scores F1 >= 0.98 with no offset errors on the Recognizers-Text currency cases" {
	skip_without_shared money
	run -0 --separate-stderr "$SHARED/data/money/score.py" tag-money "$SHARED/data/money/recognizers_currency.tsv"
	[[ $output =~ F1=([0-9.]+) ]]
	python3 -c "import sys; sys.exit(0 if float('${BASH_REMATCH[1]}') >= 0.98 else 1)"
	[[ $output == *surface_mismatch=0* ]]
	[[ $output == *contract_violations=0* ]]
}
