# syntax=docker/dockerfile:1
# RealistGraph's GraphQL service (src/RealistGraph.Api) as a container image. docker-compose.yml runs it next to Neo4j 5.
#   docker build -t realistgraph-api .

# --- web pages: built into src/RealistGraph.Api/wwwroot when the repository has them (web/package.json) ---
FROM node:20-bookworm-slim AS web
WORKDIR /src
COPY . .
RUN if [ -f web/package.json ]; then \
      cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build; \
    fi \
    && mkdir -p src/RealistGraph.Api/wwwroot

# --- build: restore on the project files alone (a cached layer), then publish ---
# ReadyToRun: the assemblies carry native code for the image's architecture (TARGETARCH, amd64 or arm64, which
# `dotnet -a` takes as it is), so a fresh container answers without waiting for the JIT: measured on the seed, the
# first request after start took 290 ms instead of 470-600 ms (docs/deployment.md). The JIT still tiers up hot code.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/RealistGraph.Domain/RealistGraph.Domain.csproj src/RealistGraph.Domain/
COPY src/RealistGraph.Documents/RealistGraph.Documents.csproj src/RealistGraph.Documents/
COPY src/RealistGraph.Neo4j/RealistGraph.Neo4j.csproj src/RealistGraph.Neo4j/
COPY src/RealistGraph.Application/RealistGraph.Application.csproj src/RealistGraph.Application/
COPY src/RealistGraph.Api/RealistGraph.Api.csproj src/RealistGraph.Api/
RUN dotnet restore src/RealistGraph.Api/RealistGraph.Api.csproj -a $TARGETARCH
COPY cypher/ cypher/
COPY schema/ schema/
COPY src/ src/
COPY --from=web /src/src/RealistGraph.Api/wwwroot/ src/RealistGraph.Api/wwwroot/
RUN dotnet publish src/RealistGraph.Api/RealistGraph.Api.csproj -c Release -a $TARGETARCH --self-contained false -p:PublishReadyToRun=true -o /app --no-restore -p:UseAppHost=false

# --- runtime: ASP.NET Core only, as the image's non-root user ---
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl answers the HEALTHCHECK; the runtime image has no HTTP client of its own.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY samples/ ./samples/
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1 \
    Realist__SamplesPath=/app/samples \
    Realist__GraphiQL=false \
    Realist__Introspection=false \
    Realist__AnonymousRead=false
# Neo4j is named at run time, as its tools and Aura's .env name it: NEO4J_URI (neo4j+s://xxxx.databases.neo4j.io),
# NEO4J_USERNAME, NEO4J_PASSWORD (docker run --env-file aura.env ...); or NEO4J_HTTP_URL. See docs/deployment.md.
EXPOSE 8080
# APP_UID is the unprivileged 'app' user that the .NET images define.
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
    CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "RealistGraph.Api.dll"]
