#pragma once

#include "common/result.h"

#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace fd::cli {

// Exit statuses of frontdeskctl.
enum Exit : int {
    kExitOk = 0,
    kExitFailed = 1,    // failed or could not run (wrong password, unreadable file)
    kExitUsage = 2,     // bad usage
    kExitProblems = 3,  // ran and found problems (x12 findings, audit tampering, ...)
};

struct OptionSpec
{
    QString name;       // without the dashes: "db", "json"
    QString valueName;  // empty for a flag
    QString help;
};

class CommandContext;

struct CommandSpec
{
    QStringList path;  // {"x12", "check"}
    QString summary;
    QString usage;     // after the command path: "FILE... [--json]"
    std::vector<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = -1;  // -1: any
    std::function<int(CommandContext&)> run;
};

// Registers a command; called from a static initializer in each commands/*.cpp file, which
// are compiled straight into the executable so the linker keeps them.
bool registerCommand(CommandSpec spec);
const std::vector<CommandSpec>& commands();

class CommandContext
{
public:
    CommandContext(const CommandSpec& spec, QStringList positional, QMap<QString, QString> values,
                   QSet<QString> flags);

    const CommandSpec& spec() const { return m_spec; }
    const QStringList& positional() const { return m_positional; }
    bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    bool flag(const QString& name) const { return m_flags.contains(name); }
    bool json() const { return flag(QStringLiteral("json")); }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints a JSON document (object or array) on stdout.
    void printJson(const QJsonValue& value);
    // Prints an error as one line on stderr (JSON with --json) and returns the exit status.
    int fail(const Error& error, int status = kExitFailed);
    int usageError(const QString& message);

private:
    const CommandSpec& m_spec;
    QStringList m_positional;
    QMap<QString, QString> m_values;
    QSet<QString> m_flags;
    QTextStream m_out;
    QTextStream m_err;
};

// Parses argv and runs the matching command; prints help for --help / no command.
int dispatch(const QStringList& arguments);

}  // namespace fd::cli

#define FD_CLI_CONCAT_INNER(a, b) a##b
#define FD_CLI_CONCAT(a, b) FD_CLI_CONCAT_INNER(a, b)
#define FD_CLI_REGISTER(spec) \
    static const bool FD_CLI_CONCAT(fdCliRegistered_, __LINE__) = ::fd::cli::registerCommand(spec)
