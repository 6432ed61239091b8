# Sourced by make_twins.sh and make_legacy_scans.sh: "prints and scans" a
# PDF the way an office copier does.
#
#   scan_pdf IN.pdf OUT.scan.pdf WORKDIR
#
# 200 dpi grey, each page turned by a slight angle (cycled over every page
# the calling script scans, through $scan_n), blurred and speckled, JPEG at
# the quality scanners default to (about 250 KB a page), one image per page,
# no text layer. Needs pdftoppm, ImageMagick (convert) and img2pdf.

# Slight turns, in degrees, cycled over all pages: both directions, up to 1.2.
scan_angles=(0.6 -0.9 0.35 -0.5 1.2 -0.25 0.8)
scan_n=${scan_n:-0}

scan_pdf() {
  local in=$1 out=$2 work=$3
  rm -f "$work"/page-*
  pdftoppm -r 200 -gray "$in" "$work/page"
  local pages=() pgm angle jpg
  for pgm in "$work"/page-*.pgm; do
    angle=${scan_angles[$((scan_n % ${#scan_angles[@]}))]}
    jpg="${pgm%.pgm}.jpg"
    # Turn about the centre keeping the page size (white outside), soften
    # and speckle like an office scanner, then JPEG.
    convert "$pgm" -seed $((scan_n + 7)) -virtual-pixel white -distort SRT "$angle" \
      -blur 0x0.5 -attenuate 0.35 +noise Gaussian -colorspace Gray \
      -density 200 -units PixelsPerInch -quality 50 "$jpg"
    pages+=("$jpg")
    scan_n=$((scan_n + 1))
  done
  img2pdf --pagesize A4 -o "$out" "${pages[@]}"
}
