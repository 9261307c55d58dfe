#!/usr/bin/env bash
# The core test suite against a real PostgreSQL server (the shared-server mode).
#
# Installs PostgreSQL from the Debian packages when missing, starts a throw-away cluster in a
# temporary folder (loopback only, trust authentication, no fsync: it lives for this run), runs
# every test that is not marked sqlcipher_only with W4I_TEST_DATABASE_URL pointing at it, then
# stops the cluster and deletes the folder. Safe to run again and again.
#
#   bash .ci/postgres.sh                 # the suite
#   bash .ci/postgres.sh -k search -x    # extra arguments go to pytest
#   W4I_PG_PORT=5544 bash .ci/postgres.sh
set -euo pipefail
cd "$(dirname "$0")/.."

port="${W4I_PG_PORT:-5433}"

find_bindir() {
  # The newest installed server's programs (Debian keeps them off the PATH).
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bindir="$(find_bindir)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "Installing PostgreSQL ..."
  # Only our own cluster is wanted: no "main" cluster started as a service.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/w4i-ci.conf
  apt-get update -qq
  # unaccent and pg_trgm come with the server package on Debian 12 (postgresql-contrib is
  # only a name for them there); asked for anyway, for older releases.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib
  bindir="$(find_bindir)"
fi
version="$(basename "$(dirname "$bindir")")"
for extension in unaccent pg_trgm; do
  if [ ! -f "/usr/share/postgresql/$version/extension/$extension.control" ]; then
    echo "PostgreSQL $version has no $extension extension: install postgresql-contrib" >&2
    exit 1
  fi
done

# The app and its test tools in .venv, unless `python3 dev.py test` put them there already.
if ! .venv/bin/python -c "import psycopg, pytest, w4i_desktop" >/dev/null 2>&1; then
  python3 -c 'import sys; sys.path.insert(0, "."); import dev; dev.install("dev")'
fi

# initdb and the server refuse to run as root: as root, run them as the postgres user.
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent postgres
  as_owner=(runuser -u postgres --)
fi

cluster="$(mktemp -d "${TMPDIR:-/tmp}/w4i-postgres.XXXXXX")"
cleanup() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap cleanup EXIT
if [ "$(id -u)" = 0 ]; then chown postgres "$cluster"; fi

"${as_owner[@]}" "$bindir/initdb" -D "$cluster/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth=trust --no-sync >"$cluster/initdb.log"
# Trust, but only from this computer: the Unix socket and the loopback addresses.
cat >"$cluster/pg_hba.conf" <<'HBA'
local all all               trust
host  all all 127.0.0.1/32  trust
host  all all ::1/128       trust
HBA
if [ "$(id -u)" = 0 ]; then chown postgres "$cluster/pg_hba.conf"; fi
"${as_owner[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
  -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c hba_file=$cluster/pg_hba.conf \
      -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }

url="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $version on $url (cluster in $cluster)"

W4I_TEST_DATABASE_URL="$url" QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests \
  -m "not sqlcipher_only" -q -p no:cacheprovider \
  --ignore=tests/gui --ignore=tests/i18n "$@"
