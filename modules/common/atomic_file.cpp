#include "common/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace fd {

namespace {
AtomicFile::StepHook& hook()
{
    static AtomicFile::StepHook h;
    return h;
}

void step(AtomicFile::Step s)
{
    if (hook())
        hook()(s);
}

// `message` is one of the QT_TRANSLATE_NOOP texts below, with %1 for the path.
Error ioError(const char* message, const QString& path)
{
    return makeError(ErrorCode::Io, QCoreApplication::translate("fd::AtomicFile", message).arg(path),
                     QString::fromLocal8Bit(std::strerror(errno)));
}

bool writeAll(int fd, const QByteArray& data)
{
    const char* p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}
}  // namespace

void AtomicFile::setStepHook(StepHook h)
{
    hook() = std::move(h);
}

Status AtomicFile::write(const QString& path, const QByteArray& contents)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(QT_TRANSLATE_NOOP("fd::AtomicFile", "Cannot create %1"), path + QStringLiteral(".tmp"));
    ::fchmod(fd, 0600);
    if (!writeAll(fd, contents)) {
        const Error e = ioError(QT_TRANSLATE_NOOP("fd::AtomicFile", "Cannot write %1"), path + QStringLiteral(".tmp"));
        ::close(fd);
        ::unlink(temp.constData());
        return e;
    }
    step(Step::Written);
    if (::fsync(fd) != 0) {
        const Error e = ioError(QT_TRANSLATE_NOOP("fd::AtomicFile", "Cannot write %1 to disk"), path + QStringLiteral(".tmp"));
        ::close(fd);
        ::unlink(temp.constData());
        return e;
    }
    ::close(fd);
    step(Step::Synced);
    if (::rename(temp.constData(), target.constData()) != 0) {
        const Error e = ioError(QT_TRANSLATE_NOOP("fd::AtomicFile", "Cannot replace %1"), path);
        ::unlink(temp.constData());
        return e;
    }
    step(Step::Renamed);
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

Status AtomicFile::append(const QString& path, const QByteArray& record)
{
    const QByteArray target = QFile::encodeName(path);
    const int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(QT_TRANSLATE_NOOP("fd::AtomicFile", "Cannot open %1"), path);
    const bool ok = writeAll(fd, record) && ::fsync(fd) == 0;
    const Error e = ok ? Error{} : ioError(QT_TRANSLATE_NOOP("fd::AtomicFile", "Cannot append to %1"), path);
    ::close(fd);
    if (!ok)
        return e;
    return {};
}

Result<QByteArray> AtomicFile::read(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("fd::AtomicFile", "File not found: %1").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("fd::AtomicFile", "Cannot read %1").arg(path),
                         f.errorString());
    return f.readAll();
}

}  // namespace fd
