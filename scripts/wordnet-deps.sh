#!/usr/bin/env bash
# Installs Debian's wordnet-base (Princeton WordNet 3.0), which figure measurement reads
# (storydesk/annotate/wordnet.py), when we can (root, apt present). Unlike the browser,
# analysis needs it: where it cannot be installed, say how to provide it and fail.
set -u
DIR="${STORYDESK_WORDNET:-/usr/share/wordnet}"
if [ -f "$DIR/index.noun" ] && [ -f "$DIR/data.verb" ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "wordnet-deps: WordNet not found in $DIR; install Debian's wordnet-base" \
       "(apt-get install wordnet-base) or set STORYDESK_WORDNET to a WordNet 3.0 dict folder" >&2
  exit 1
fi
echo "wordnet-deps: installing Debian wordnet-base" >&2
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null) \
  || { echo "wordnet-deps: apt-get install wordnet-base failed" >&2; exit 1; }
