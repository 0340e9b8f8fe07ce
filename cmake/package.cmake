# The Debian package (scripts/package): CPack's DEB generator over the install rules, named
# newsarc_<version>_<arch>.deb, its dependencies found by dpkg-shlibdeps from the shared libraries
# the programs actually link.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME newsarc)
set(CPACK_PACKAGE_VENDOR "newsarc")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "clean, index and search news archives with Xapian")
set(CPACK_PACKAGE_DESCRIPTION
    "newsarc-index cleans scraped news articles (plain text, JSON Lines, Reuters-21578 SGML, optionally
zstd-compressed) and indexes them into a Xapian database; newsarc-query searches them by free text,
phrase, author, site and date, with ranked results, snippets and JSON output.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "newsarc developers <newsarc@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
