package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	gojson "github.com/goccy/go-json"
)

// metFromIndex answers a checked page of who met whom from the timeline
// index, as MetPage reads it from the store: the actor's meetings are its
// list of positions of type Meeting, counted per counterpart in memory,
// and only the meetings the page shows are decoded. ok is false when the
// index does not hold the store's version or lists no event of the actor
// (an unknown actor, or one in no event, is the store's to answer).
func (g *Graph) metFromIndex(ctx context.Context, actor string, after *CounterpartKey, limit int) (Page[Counterpart], bool, error) {
	if g.timeline == nil {
		return Page[Counterpart]{}, false, nil
	}
	ix := g.indexed(ctx)
	if ix == nil {
		return Page[Counterpart]{}, false, nil
	}
	lists, ok := ix.byActor[actor]
	if !ok {
		return Page[Counterpart]{}, false, nil
	}
	// The actor's meetings in timeline order (by first day, then id), the
	// order the store lists each counterpart's meetings in.
	var meetings []int32
	for _, l := range lists {
		for _, pos := range l {
			if ix.keys[pos].typ == Meeting {
				meetings = append(meetings, pos)
			}
		}
	}
	slices.Sort(meetings)
	counts := map[string]int{}
	for _, pos := range meetings {
		for _, a := range ix.events[pos].actors {
			if a != actor {
				counts[a]++
			}
		}
	}
	listed := make([]CounterpartCount, 0, len(counts))
	for a, n := range counts {
		if after != nil && !after.before(n, a) {
			continue
		}
		listed = append(listed, CounterpartCount{ActorID: a, Meetings: n})
	}
	slices.SortFunc(listed, func(x, y CounterpartCount) int {
		return cmp.Or(cmp.Compare(y.Meetings, x.Meetings), cmp.Compare(x.ActorID, y.ActorID))
	})
	listed = listed[:min(len(listed), limit+1)]

	// Each listed counterpart's first meetings, in one pass over the
	// actor's meetings; each meeting decoded once.
	out := make([]Counterpart, len(listed))
	at := make(map[string]int, len(listed))
	for i, c := range listed {
		shown := ix.actorNames[c.ActorID]
		out[i] = Counterpart{Actor: ActorRef{ID: c.ActorID, Name: shown.name, Kind: ActorKind(shown.kind)}, MeetingCount: c.Meetings, Meetings: []MeetingRef{}}
		at[c.ActorID] = i
	}
	open := len(listed)
	for _, pos := range meetings {
		if open == 0 {
			break
		}
		var ref *MeetingRef
		for _, a := range ix.events[pos].actors {
			i, onPage := at[a]
			if !onPage || len(out[i].Meetings) >= MeetingsPerCounterpart {
				continue
			}
			if ref == nil {
				var e Event
				if err := gojson.Unmarshal(ix.events[pos].encoded, &e); err != nil {
					return Page[Counterpart]{}, false, fmt.Errorf("met: decode event %s: %w", ix.events[pos].id, err)
				}
				r := meetingRef(e)
				ref = &r
			}
			out[i].Meetings = append(out[i].Meetings, *ref)
			if len(out[i].Meetings) == min(MeetingsPerCounterpart, out[i].MeetingCount) {
				open--
			}
		}
	}
	return page(out, limit, metCursorOf), true, nil
}
