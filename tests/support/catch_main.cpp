// Catch2 main for core and foundation tests: a QCoreApplication, UTC, C locale.
#include <catch2/catch_session.hpp>

#include <QCoreApplication>

#include <cstdlib>

int main(int argc, char** argv)
{
    ::setenv("TZ", "UTC", 0);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
