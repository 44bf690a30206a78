// Catch2 main for widget tests. catch_discover_tests runs the binary at build and test time,
// often without a display, so the platform defaults to offscreen.
#include <catch2/catch_session.hpp>

#include <QApplication>

#include <cstdlib>

int main(int argc, char** argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    ::setenv("TZ", "UTC", 0);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
