package graph

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameKey is what two spellings of one name share: folded case and
// diacritics, then the common transliteration variants of Cyrillic and
// other names reduced to one form (kh/h, ts/c, ya/ia, ou/u, sh/š, ks/x,
// -enka/-enko, -skaja/-skaya), letters only. "Lukashenko", "Lukashenka"
// and "Łukašenka" have one key; so do "Aleksandr" and "Alexander". The
// extractor matches lexicon names by it and imports resolve actors by it.
func NameKey(s string) string {
	s = Fold(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || r == ' ' {
			b.WriteRune(r)
		}
	}
	words := strings.Fields(b.String())
	for i, w := range words {
		words[i] = wordKey(w)
	}
	return strings.Join(words, " ")
}

var translit = strings.NewReplacer(
	"shch", "s", "sch", "s", "sh", "s", "zh", "z", "kh", "h", "ch", "c", "tz", "c", "ts", "c",
	"x", "ks", "ya", "ia", "yu", "iu", "yo", "io", "ye", "ie", "ou", "u", "ph", "f", "w", "v",
	"y", "i", "j", "i", "q", "k",
)

func wordKey(w string) string {
	w = translit.Replace(w)
	for _, suf := range [][2]string{{"enka", "enko"}, {"skaia", "skaia"}, {"ska", "skaia"}, {"ii", "i"}} {
		if strings.HasSuffix(w, suf[0]) {
			w = strings.TrimSuffix(w, suf[0]) + suf[1]
			break
		}
	}
	// Belarusian spellings write ia where Russian ones write e:
	// Aliaksandr/Aleksandr, Sviatlana/Svetlana.
	w = belarusianIA(w)
	// Aleksander/Aleksandr, Peter/Petr: an e before a final r after a
	// consonant comes and goes.
	if n := len(w); n > 3 && strings.HasSuffix(w, "er") && !strings.ContainsRune("aeiou", rune(w[n-3])) {
		w = w[:n-2] + "r"
	}
	// Double letters vary between spellings too.
	var b strings.Builder
	var last rune
	for _, r := range w {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// ActorKeys are the keys an actor is indexed by for resolution: its kind
// with the NameKey of its name and of each alias ("Person:aleksandr
// lukasenko") and, for a person, its kind with each surname ("Person~
// lukasenko") and each surname's Skeleton ("Person#lksnk"), so that
// "Lukashenko" alone, "A. Lukashenka" and "Zheenbekov" for "Jeenbekov"
// find it.
func ActorKeys(a Actor) []string {
	var keys []string
	for _, n := range slices.Concat([]string{a.Name}, a.Aliases) {
		k := NameKey(n)
		if k == "" {
			continue
		}
		keys = append(keys, string(a.Kind)+":"+k)
		if a.Kind == Person {
			w := strings.Fields(k)
			keys = append(keys, string(a.Kind)+"~"+w[len(w)-1])
			if sk := Skeleton(lastName(n)); sk != "" {
				keys = append(keys, string(a.Kind)+"#"+sk)
			}
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// Skeleton is what the spellings of a name's word share once its vowels
// are gone: consonants after folding case, diacritics and the
// transliterations of one sound (kh/h, sh/s, ch/c, ts/c, ph/f, w/v, q/k,
// ck/k; zh, dzh, dj and j at the start of the word, for a sound English
// writes J and Russian Zh), doubled letters once. "Wickremesinghe" and
// "Wickramasinghe" are vkrmsngh; "Zheenbekov" and "Jeenbekov" jnbkv.
// Vowels are what transliterations vary most, so a skeleton is only a
// hint: "" when fewer than four consonants are left, and resolution asks
// the given names to agree as well.
func Skeleton(word string) string {
	if k := skeleton(word); utf8.RuneCountInString(k) >= 4 {
		return k
	}
	return ""
}

// skeleton is a word's consonants as Skeleton keeps them, however few.
func skeleton(word string) string {
	w := Fold(word)
	for _, p := range []string{"dzh", "dj", "zh"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			w = "j" + rest
			break
		}
	}
	w = skeletonTranslit.Replace(w)
	var b strings.Builder
	var last rune
	for i, r := range w {
		switch {
		case !unicode.IsLetter(r):
			continue
		case strings.ContainsRune("aeiouy", r), r == 'j' && i > 0:
			last = r
			continue
		case r == last:
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

var skeletonTranslit = strings.NewReplacer("shch", "s", "sch", "s", "sh", "s", "kh", "h", "tch", "c", "ch", "c", "tz", "c", "ts", "c",
	"ph", "f", "w", "v", "q", "k", "ck", "k", "x", "ks")

// lastName is the last word of a name, but for a regnal number or a
// generational suffix after it ("Mswati III": Mswati).
func lastName(n string) string {
	w := strings.Fields(n)
	for len(w) > 1 {
		if k := NameKey(w[len(w)-1]); len(k) > 1 && !nameSuffixes[k] {
			break
		}
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// belarusianIA turns an "ia" inside a word and before a consonant into
// "e". A final "ia" (Maria) stays, and so does "ian" (Brian, Diana,
// Marian, Christiane): that is how Western names spell it, and they are
// other names than Bren, Dena, Maren.
func belarusianIA(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if i > 0 && i+2 < len(w) && w[i] == 'i' && w[i+1] == 'a' && !strings.ContainsRune("aeioun", rune(w[i+2])) {
			b.WriteByte('e')
			i++
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// Slug makes an id of a name, as the extractor and the GDELT import do:
// case and accents folded (Fold), runs of anything but letters and digits
// one dash. "Alexander Lukashenko" is alexander-lukashenko.
func Slug(name string) string {
	return strings.Trim(nonSlug.ReplaceAllString(Fold(name), "-"), "-")
}
