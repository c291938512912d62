package graph

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
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
// lukasenko"), so that "Lukashenko" alone and "A. Lukashenka" find it.
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
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
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
