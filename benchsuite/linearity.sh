#!/usr/bin/env bash
# Linearity check: every stage and every output format on one article of 1 MB and one of
# 4 MB, made of adversarial but plausible text (places, events, names, quotes, dashes,
# brackets, compounds, unclosed quotes). Each stage's time must grow less than 5x for 4x
# the input; a stage quadratic in article length grows about 16x. Run by .ci/run.
#   usage: benchsuite/linearity.sh            prints a table, exits 1 on a failure
# Stages that take under MIN_SECONDS (10 ms) on the larger article are reported, not
# judged: at that size their ratio is timer noise.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --locked -p dateline
dir=target/linearity
rm -rf "$dir" && mkdir -p "$dir/corpus"
python3 - "$dir" <<'PY'
import sys

# Sentences an adversary would pick from wire style: every extractor has work in each,
# and several are the shapes that once made a stage quadratic (dash asides before a
# speech verb, compound places, long lists, quotes left open).
names = ["Ann Lee", "Jeyhun Bayramov", "Maria Zakharova", "Ilham Aliyev", "Olaf Scholz", "Ruto"]
places = ["Baku", "Yerevan", "Moscow", "Paris, Texas", "Tripoli", "Nairobi", "Geneva", "Kyiv"]
# Many countries, so that events stay distinct instead of merging into a few.
countries = [
    "Armenia", "Azerbaijan", "Russia", "Kenya", "France", "Ukraine", "Turkey", "Egypt", "Iran", "Iraq",
    "Syria", "Israel", "Germany", "Poland", "China", "India", "Pakistan", "Nigeria", "Ethiopia", "Sudan",
    "Somalia", "Brazil", "Mexico", "Japan", "Georgia", "Serbia", "Libya", "Mali", "Yemen", "Qatar",
]
templates = [
    'On Tuesday, Minister {name} said "the talks in {place} must resume," and he said "we will see."',
    "{c1} accused {c2} of shelling villages near {place} on March 3, the Defense Ministry said.",
    "Rescue teams from {c1}, {c2}, {c3} and {c4} arrived in {place} -- the capital -- on Monday (local time).",
    '{name} -- a veteran diplomat -- -- who spoke on condition of anonymity -- said: "{c1} as well as {c2} signed a ceasefire."',
    "The {place}-based group [{c1}] condemned the attack, calling it \"a grave violation",
    "Police fired tear gas at protesters in {place} last week, {name} told reporters.",
    "({c1}) The {c2} army had been shelling positions, the ministry said in a statement on Friday.",
    "{c1} and {c2} agreed to hold talks in {place} next month, according to {name}.",
    "A Tripoli-based militia and a {place}-based union -- neither named -- clashed on 12 October 2020.",
    '"We will respond," {name} warned, adding that {c1} would "not tolerate" any attack on {c2}.',
    "The United Nations Security Council met in {place} on Wednesday; {c1} and {c2} were invited.",
    "-- -- -- {name}, the spokesman, said {c1} had imposed sanctions on {c2}.",
    # A run-on sentence with no full stop: readers that look back over the whole
    # sentence per trigger are quadratic in its length.
    ", ".join(["{c1} shelled villages near {place} and {c2} accused {c3} of attacks"] * 40) + ";",
]

def article(size):
    parts, total, i = ["date 2020-10-07 BAKU, Oct. 7 (AP) -- "], 0, 0
    while total < size:
        template = templates[i % len(templates)]
        k = i // len(templates)
        sentence = template.format(
            name=names[(i + k) % len(names)],
            place=places[(i * 3 + k) % len(places)],
            c1=countries[(i + k) % len(countries)],
            c2=countries[(i + k + 3) % len(countries)],
            c3=countries[(i + k + 5) % len(countries)],
            c4=countries[(i + k + 6) % len(countries)],
        )
        sentence += "\n\n" if i % 5 == 4 else " "
        parts.append(sentence)
        total += len(sentence.encode())
        i += 1
    return "".join(parts)

for megabytes in (1, 4):
    with open(f"{sys.argv[1]}/corpus/article-{megabytes}mb.txt", "w") as out:
        out.write(article(megabytes << 20))
PY
# One process times both articles in turn, seven rounds (`bench --rounds-per-article`):
# side by side in one process they meet the machine in the same state, where separate
# runs differ by half as much again on a shared machine. A stage's ratio is the median
# over the rounds of its 4 MB time over its 1 MB time. Linear code lands near 4x; a
# stage that builds large temporary vectors lands nearer 5x (fresh memory costs more
# per byte on the larger article), which is why the JSON writer streams its records.
# A run that fails is measured again, twice at most: noise does not repeat, a
# quadratic stage (16x) does.
for attempt in 1 2 3; do
    ./target/release/dateline bench --corpus "$dir/corpus" --threads 1 --max-article-bytes 8000000 \
        --rounds-per-article 7 > "$dir/stages.txt"
    if python3 - "$dir/stages.txt" <<'PY'
import re, statistics, sys

MIN_SECONDS = 0.01
LIMIT = 5.0

rounds = {}
for line in open(sys.argv[1]):
    m = re.match(r"article article-(\d)mb round (\d+): time by stage: (.*)", line)
    if m:
        times = {t.group(1).strip(): float(t.group(2)) for t in re.finditer(r"([^,]+?) ([\d.]+) s [\d.]+%", m.group(3))}
        rounds.setdefault(int(m.group(2)), {})[int(m.group(1))] = times
pairs = [(r[1], r[4]) for r in rounds.values()]
failed = []
print(f"{'stage':24} {'1 MB (s)':>9} {'4 MB (s)':>9} {'ratio':>6}   (medians of {len(pairs)} rounds)")
for stage in pairs[0][1]:
    small = statistics.median(p[0][stage] for p in pairs)
    large = statistics.median(p[1][stage] for p in pairs)
    ratio = statistics.median(p[1][stage] / p[0][stage] if p[0][stage] > 0 else float("inf") for p in pairs)
    judged = large >= MIN_SECONDS
    verdict = "" if not judged else ("ok" if ratio < LIMIT else "QUADRATIC?")
    print(f"{stage:24} {small:9.4f} {large:9.4f} {ratio:6.2f} {verdict}")
    if judged and ratio >= LIMIT:
        failed.append(stage)
if failed:
    sys.exit(f"linearity: time grew {LIMIT}x or more for 4x the input in: {', '.join(failed)}")
print(f"linearity: every stage grew less than {LIMIT}x for 4x the input")
PY
    then
        exit 0
    fi
    [ "$attempt" = 3 ] || echo "linearity: measuring again (attempt $((attempt + 1)) of 3)"
done
exit 1
