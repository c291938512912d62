# The two commands a newcomer needs: `make run` and `make test`.
STORE ?= sqlite:data/eventgraph.db
ADDR  ?= 127.0.0.1:8080

.PHONY: run build web test unit bench neo4j-start neo4j-stop clean

## run: build the page if needed, then serve the seed on the embedded store at http://$(ADDR)/
run: web
	go run ./cmd/eventgraph serve --store $(STORE) --addr $(ADDR) --seeds seeds

## build: the self-contained binary, page included, in bin/eventgraph
build: web
	go build -o bin/eventgraph ./cmd/eventgraph

## web: bundle the timeline page into web/dist (npm ci when the lock file changed)
web:
	scripts/web-build

## test: everything CI runs: vet, Go tests on SQLite and a real Neo4j, browser tests, schemathesis
test:
	scripts/test

## unit: the quick Go tests alone (Neo4j tests skip without a server)
unit:
	go test ./...

## bench: API and import benchmarks
bench:
	go test -run '^$$' -bench . -benchmem ./api/ ./graph/...

neo4j-start:
	scripts/neo4j-test-server start

neo4j-stop:
	scripts/neo4j-test-server stop

clean:
	rm -rf bin data web/dist/assets web/e2e/out neo4j/out
