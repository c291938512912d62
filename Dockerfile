# The eventgraph API with its timeline page, as a small image that runs as a
# non-root user. Build: docker build -t eventgraph .

FROM node:20-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=web /src/web/dist ./web/dist
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/eventgraph ./cmd/eventgraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/eventgraph /usr/local/bin/eventgraph
COPY seeds /seeds
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/eventgraph"]
CMD ["serve", "--addr", "0.0.0.0:8080", "--seeds", "/seeds"]
