#!/usr/bin/env bash
# Media processing speed and upload memory:
#  1. 1,000 photo-like JPEGs of 4000x3000 (generated once, about 3 GB; kept in $PHOTOS) processed by the app's own
#     image code (web version + thumbnail, in-process, 2 threads), beside ImageMagick's convert making a 320 px
#     thumbnail of the same files two at a time (plain, and with its JPEG size hint), in the same run;
#  2. the same photos uploaded through the running app, until all are ready;
#  3. a 200 MB video uploaded to the app: the heap's growth over its resting size (target < 64 MB).
# Usage: bench/media/run.sh [photos]   (default 1000; PHOTOS=/dir to keep the generated photos elsewhere;
#        PARTS="video" or any of "renditions convert app video dashboard" to run only those parts; dashboard, which
#        adds 100,000 media items by SQL and times GET /api/v1/dashboard, runs only when named)
# Needs ImageMagick (apt-get install imagemagick) and ffmpeg (apt-get install ffmpeg).
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000}
photos=${PHOTOS:-/tmp/growthhub-media-bench-photos-$count}
port=18085
# The photos alone are 3 GB: more than the default 5 GB quota leaves room for once derived files and the video count.
export GROWTHHUB_STORAGE_QUOTA=${GROWTHHUB_STORAGE_QUOTA:-20GB}
name=media
# A small young generation: the heap samples then show what the upload keeps, not garbage waiting for a collection.
app_options="-Xmx512m -Xmn24m -XX:+UseSerialGC"
command -v ffmpeg >/dev/null || { echo "ffmpeg is missing: apt-get install ffmpeg"; exit 1; }
convert -version 2>/dev/null | grep -q ImageMagick || { echo "ImageMagick's convert is missing: apt-get install imagemagick"; exit 1; }

[ -f target/growthhub.jar ] || ./mvnw -q -B -DskipTests package
classes=$(mktemp -d /tmp/growthhub-media-classes-XXXXXX)
out=$(mktemp -d /tmp/growthhub-media-thumbs-XXXXXX)
trap 'rm -rf "$classes" "$out"' EXIT
(cd "$classes" && unzip -q "$OLDPWD/target/growthhub.jar")
cp="$classes/BOOT-INF/classes:$classes/BOOT-INF/lib/*"
java=$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)
java=${java:-java}

parts=${PARTS:-renditions convert app video}
part() { [[ " $parts " == *" $1 "* ]]; }
if part renditions || part convert || part app; then
  "$java" -cp "$cp" bench/media/MediaBench.java generate "$photos" "$count"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every figure alike)"
if part renditions; then
  "$java" -Xmx1g -cp "$cp" bench/media/MediaBench.java renditions "$photos" 2
fi

thumbs() {
  local label=$1; shift
  local start=$(date +%s%N)
  find "$photos" -name '*.jpg' -print0 | xargs -0 -P2 -I{} sh -c 'convert "$@" "$0" -auto-orient -thumbnail 320x320 -quality 82 "'"$out"'/$(basename "$0")"' {} "$@"
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  awk -v n="$count" -v ms="$ms" -v l="$label" 'BEGIN { printf "%s: %d photos in %.1f s = %.1f images/s\n", l, n, ms / 1000, n * 1000 / ms }'
}
if part convert; then
  thumbs "ImageMagick convert -thumbnail 320x320 (2 at a time)"
  thumbs "ImageMagick convert -define jpeg:size=640x640 -thumbnail 320x320 (2 at a time)" -define jpeg:size=640x640
fi

. bench/app.sh
jdbc="jdbc:postgresql://127.0.0.1:$pgport/growthhub"
if part app; then
  "$java" -cp "$cp" bench/media/MediaBench.java upload "http://127.0.0.1:$port" "$jdbc" growthhub "$password" "$photos"
fi
if part dashboard; then
  "$java" -cp "$cp" bench/media/MediaBench.java dashboard "http://127.0.0.1:$port" "$jdbc" growthhub "$password" \
    "$superpassword" "${DASHBOARD_ITEMS:-100000}"
fi
part video || exit 0

video="$data/video-200mb.mp4"
ffmpeg -v error -f lavfi -i "testsrc2=size=1280x720:rate=30" -vf "noise=alls=40:allf=t" -c:v mpeg4 -q:v 2 -t 900 \
  -fs 210M -y "$video"
jcmd=$(dirname "$java")/jcmd
"$java" -cp "$cp" bench/media/MediaBench.java video "http://127.0.0.1:$port" "$jdbc" growthhub "$password" "$video" \
  "$jcmd" "$app"
grep -q OutOfMemoryError "$log" && { echo "the app ran out of heap"; exit 1; } || true
