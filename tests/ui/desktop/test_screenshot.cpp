#include "desktop_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QImage>
#include <QProcess>
#include <QSet>

using namespace fd;
using namespace fd::desktop;

TEST_CASE("frontdesk --screenshot saves the logged-in window", "[desktop][screenshot]")
{
    testing::DesktopFixture f;
    {
        DesktopApp app(f.database(), f.settings);
        f.createPractice(app);
    }
    const QString png = f.dir.file(QStringLiteral("shot.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FRONTDESK_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("FRONTDESK_PASSWORD"), testing::kAdminPassword);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), f.dir.path());  // keep the user's settings out
    process.setProcessEnvironment(env);
    process.start(fd::test::binary(QStringLiteral("frontdesk")),
                  {QStringLiteral("--db"), f.database(), QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                   QStringLiteral("1280x800")});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);

    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    INFO("screenshot size " << image.width() << "x" << image.height());
    CHECK(image.size() == QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 16) {
        for (int x = 0; x < image.width(); x += 16)
            colours.insert(image.pixel(x, y));
    }
    CHECK(colours.size() > 8);
}
