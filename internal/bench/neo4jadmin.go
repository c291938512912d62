package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// adminJVMFlags are the flags Neo4j 5's own scripts give the JVM (see
// scripts/neo4j-test-server).
var adminJVMFlags = []string{
	"-Xmx1g", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8",
	"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
	"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
	"--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
	"--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
}

var (
	adminNodesRE = regexp.MustCompile(`(?m)^\s*(\d+) nodes\s*$`)
	adminRelsRE  = regexp.MustCompile(`(?m)^\s*(\d+) relationships\s*$`)
	adminDoneRE  = regexp.MustCompile(`IMPORT DONE in [^\n]*`)
)

// adminImport runs `neo4j-admin database import full` (org.neo4j.cli.AdminTool
// from the jars in lib) on the CSV files in dir, into the database neo4j of
// a temporary NEO4J_HOME that is removed afterwards: offline, touching no
// server. It returns the import timed (wall clock, the JVM's start
// included) with what the tool says it imported, and the tool's last
// lines.
func adminImport(ctx context.Context, lib, java, dir string, c CSVCounts) (ImportPath, string, error) {
	if java == "" {
		java = "java"
	}
	jars, err := filepath.Glob(filepath.Join(lib, "neo4j-import-tool-*.jar"))
	if err != nil || len(jars) == 0 {
		return ImportPath{}, "", fmt.Errorf("%s holds no neo4j-import-tool jar: give the lib folder of a Neo4j 5 installation or of scripts/neo4j-test-server", lib)
	}
	home, err := os.MkdirTemp("", "eventgraph-neo4j-admin-")
	if err != nil {
		return ImportPath{}, "", err
	}
	defer os.RemoveAll(home)
	conf := filepath.Join(home, "conf")
	if err := os.MkdirAll(conf, 0o755); err != nil {
		return ImportPath{}, "", err
	}
	if err := os.WriteFile(filepath.Join(conf, "neo4j.conf"), nil, 0o644); err != nil {
		return ImportPath{}, "", err
	}
	args := append([]string{}, adminJVMFlags...)
	args = append(args, "-cp", filepath.Join(lib, "*"), "org.neo4j.cli.AdminTool", "database", "import", "full",
		// The database first: --nodes and --relationships take any
		// number of files.
		"neo4j",
		// A node declared by several articles is a row of each: the tool
		// keeps the first and counts the others as bad entries.
		"--skip-duplicate-nodes=true", "--bad-tolerance="+strconv.Itoa(nodeRows(c)), "--skip-bad-entries-logging=true",
		"--multiline-fields=true", "--array-delimiter="+arrayDelimiter,
		"--overwrite-destination=true", "--report-file="+filepath.Join(home, "import.report"))
	for _, s := range loadOrder(c) {
		if s.nodes != "" {
			args = append(args, "--nodes="+s.nodes+"="+filepath.Join(dir, s.name))
		} else {
			args = append(args, "--relationships="+s.relType+"="+filepath.Join(dir, s.name))
		}
	}
	cmd := exec.CommandContext(ctx, java, args...)
	cmd.Dir = home
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home, "NEO4J_CONF="+conf)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err = cmd.Run()
	p := ImportPath{Seconds: time.Since(start).Seconds(), Articles: c.Articles, Actors: c.Actors, Events: c.Events,
		ActorMentions: c.Rows["mentions-Actor.csv"], Participations: c.Rows["participated.csv"]}
	text := out.String()
	tail := lastLines(text, 25)
	if err != nil {
		return p, tail, fmt.Errorf("%w:\n%s", err, tail)
	}
	m, r := adminNodesRE.FindStringSubmatch(text), adminRelsRE.FindStringSubmatch(text)
	if m == nil || r == nil {
		return p, tail, fmt.Errorf("no counts in its output:\n%s", tail)
	}
	p.Nodes, _ = strconv.Atoi(m[1])
	p.Relationships, _ = strconv.Atoi(r[1])
	if want := c.Articles + c.Actors + c.Places + c.Events; p.Nodes != want {
		return p, tail, fmt.Errorf("it imported %d nodes of the %d distinct ids in the files:\n%s", p.Nodes, want, tail)
	}
	if d := adminDoneRE.FindString(text); d != "" {
		tail = d
	}
	return p, tail, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// nodeRows is the rows of the node files.
func nodeRows(c CSVCounts) int {
	n := 0
	for _, s := range csvSpecs() {
		if s.nodes != "" {
			n += c.Rows[s.name]
		}
	}
	return n
}
