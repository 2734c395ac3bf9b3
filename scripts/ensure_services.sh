#!/usr/bin/env bash
# Make sure PostgreSQL, Redis and Chromium are installed and running, and the database exists with a
# UTF-8 ctype (pg_trgm scores Arabic only there). Safe to run again and again.
set -euo pipefail

DB_NAME="${DB_NAME:-factcheck}"
DB_USER="${DB_USER:-postgres}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq || true
    $SUDO apt-get install -y -qq "$@"
}

pg_ready() { pg_isready -q -h "$DB_HOST" -p "$DB_PORT" 2>/dev/null; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "==> installing PostgreSQL"
    LANG=C.UTF-8 LC_ALL=C.UTF-8 apt_install postgresql postgresql-contrib
fi
if ! pg_ready; then
    echo "==> starting PostgreSQL"
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
    pg_ready || { echo "PostgreSQL did not start" >&2; exit 1; }
fi
# Trust auth for loopback is what this machine ships; on a fresh install the postgres role is
# reachable through the local socket, so use it when TCP asks for a password.
PSQL=(psql -v ON_ERROR_STOP=1 -qtA -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")
if ! "${PSQL[@]}" -d postgres -c 'select 1' >/dev/null 2>&1; then
    echo "==> allowing trust auth on loopback for local development"
    hba="$(ls /etc/postgresql/*/main/pg_hba.conf | head -1)"
    $SUDO sed -i -E 's/^(host\s+all\s+all\s+127\.0\.0\.1\/32\s+)\S+/\1trust/; s/^(host\s+all\s+all\s+::1\/128\s+)\S+/\1trust/' "$hba"
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main reload
fi
if [ "$("${PSQL[@]}" -d postgres -c "select 1 from pg_database where datname='$DB_NAME'")" != "1" ]; then
    echo "==> creating database $DB_NAME (UTF8, C.UTF-8)"
    "${PSQL[@]}" -d postgres -c "create database \"$DB_NAME\" encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"
fi
# Test databases are made by Django from template1: it must have a UTF-8 ctype too.
ctype="$("${PSQL[@]}" -d postgres -c "select datctype from pg_database where datname='template1'")"
case "$ctype" in
    *UTF-8*|*utf8*|*UTF8*) ;;
    *)
        echo "==> rebuilding template1 with C.UTF-8 (was $ctype) so test databases score Arabic"
        "${PSQL[@]}" -d postgres -c "update pg_database set datistemplate=false where datname='template1'"
        "${PSQL[@]}" -d postgres -c "drop database template1"
        "${PSQL[@]}" -d postgres -c "create database template1 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0 is_template true"
        ;;
esac

if ! command -v redis-server >/dev/null 2>&1; then
    echo "==> installing Redis"
    apt_install redis-server
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    echo "==> starting Redis"
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly yes --appendfsync everysec --maxmemory-policy noeviction \
        --dir /var/lib/redis --logfile /var/log/redis/factcheck.log
    for _ in $(seq 1 30); do redis-cli ping >/dev/null 2>&1 && break; sleep 0.5; done
    redis-cli ping >/dev/null || { echo "Redis did not start" >&2; exit 1; }
fi

if [ "${NEED_CHROMIUM:-0}" = "1" ] && ! command -v chromium >/dev/null 2>&1; then
    echo "==> installing Chromium (browser tests)"
    apt_install chromium fonts-noto-core
fi
echo "==> services ready"
