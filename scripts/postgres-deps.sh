#!/usr/bin/env bash
# Installs Debian's PostgreSQL server for the store tests when we can (root, apt present).
# The tests start a throwaway cluster of their own on a free port and remove it afterwards;
# no server is started or left running by this script. Where PostgreSQL cannot be installed,
# only the PostgreSQL store tests skip, with a message saying why.
set -u
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "postgres-deps: PostgreSQL server missing and cannot apt-get install it here; PostgreSQL store tests will skip" >&2
  exit 0
fi
echo "postgres-deps: installing Debian postgresql for the store tests" >&2
# No default cluster: the tests make their own and nothing should listen on 5432 after us.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
  mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
fi
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
  || echo "postgres-deps: apt-get install postgresql failed; PostgreSQL store tests will skip" >&2
exit 0
