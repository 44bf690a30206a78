#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace fd {

// Replaces a small file so that a crash at any moment leaves either the old or the new
// contents, never neither: write to a temporary beside it, fsync, rename over, fsync the
// directory. Files are created with mode 0600.
class AtomicFile
{
public:
    enum class Step { Written, Synced, Renamed };
    // For crash tests: called after each step (a test child kills itself there).
    using StepHook = std::function<void(Step)>;
    static void setStepHook(StepHook hook);

    static Status write(const QString& path, const QByteArray& contents);
    // Appends one record and fsyncs it (for append-only logs such as audit checkpoints).
    static Status append(const QString& path, const QByteArray& record);
    static Result<QByteArray> read(const QString& path);
};

}  // namespace fd
