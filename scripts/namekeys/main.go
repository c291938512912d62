// Command namekeys prints the extractor's name key (graph.NameKey) of each
// line of its input, one a line: scripts/lexicon-cities.py asks it which
// city names the extractor would confuse with a word or a person's name.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/eventgraph/eventgraph/graph"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		fmt.Fprintln(out, graph.NameKey(in.Text()))
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "namekeys:", err)
		os.Exit(1)
	}
}
