# `docker network ls` filters and formats.
# Checks: label filter (key only / key=value), dangling true/false, id prefix, name regex-ish match,
# unknown type value, two filters combined (AND across keys), --format with and without --no-trunc,
# {{json .}} (its CreatedAt is not masked by normalize.py), table format with Labels, the .Label method; bad filter key.
docker network create --label a n1
docker network create --label env=dev n2
docker network create --label a=x n3
docker network create other
docker run -dit --name c1 --network n1 alpine sh
docker network ls --filter label=a
docker network ls --filter label=env=dev
docker network ls --filter dangling=true
docker network ls --filter dangling=false
docker network ls --filter id=$(docker network ls -q --filter name=n1 | cut -c1-6)
docker network ls --filter name=^n
docker network ls --filter name=n
docker network ls --filter type=foo
docker network ls --filter type=custom --format '{{.Name}}'
docker network ls --filter driver=bridge --filter name=n1
docker network ls --filter nosuch=1
docker network ls --filter name=n1 --format '{{.ID}}'
docker network ls --filter name=n1 --no-trunc --format '{{.ID}}'
docker network ls --filter name=n2 --format '{{json .}}'
docker network ls --format 'table {{.Name}}\t{{.Labels}}'
docker network ls --format '{{.Name}}: {{.Label "env"}}'
docker network ls --format '{{.Name}} {{.Internal}} {{.IPv6}} {{.Scope}}'
