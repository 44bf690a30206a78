# CPack: frontdesk and frontdeskctl as a .deb and a .tar.gz.
set(CPACK_PACKAGE_NAME "frontdesk")
set(CPACK_PACKAGE_VENDOR "Frontdesk developers")
set(CPACK_PACKAGE_CONTACT "Frontdesk developers <dev@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Front-office application for medical practices")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Loaded at run time, so shlibdeps cannot see them: the Qt platform plugins (xcb, offscreen)
# and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-image-formats-plugins | libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")

install(FILES ${CMAKE_SOURCE_DIR}/installer/systemd/frontdesk-nightly.service
              ${CMAKE_SOURCE_DIR}/installer/systemd/frontdesk-nightly.timer
        DESTINATION share/doc/frontdesk/examples)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION share/doc/frontdesk)
# The .desktop file, AppStream metainfo and icon are installed by app/desktop.
include(CPack)
