#include "common/atomic_file.h"

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>

TEST_CASE("AtomicFile replaces contents and keeps them private", "[atomic]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("state"));
    REQUIRE(fd::AtomicFile::write(path, "first").ok());
    REQUIRE(fd::AtomicFile::write(path, "second").ok());
    CHECK(fd::AtomicFile::read(path).value() == QByteArray("second"));
    CHECK(QFileInfo(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".tmp")));
    REQUIRE(fd::AtomicFile::append(path, "+more").ok());
    CHECK(fd::AtomicFile::read(path).value() == QByteArray("second+more"));
    CHECK(fd::AtomicFile::read(dir.file(QStringLiteral("missing"))).error().code == fd::ErrorCode::NotFound);
}

TEST_CASE("AtomicFile reports where it cannot write", "[atomic]")
{
    auto r = fd::AtomicFile::write(QStringLiteral("/nonexistent-dir/x"), "data");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == fd::ErrorCode::Io);
    CHECK(r.error().message.contains(QStringLiteral("/nonexistent-dir/x")));
}
