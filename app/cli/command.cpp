#include "command.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace fd::cli {

namespace {
std::vector<CommandSpec>& registry()
{
    static std::vector<CommandSpec> r;
    return r;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

const std::vector<OptionSpec>& globalOptions()
{
    static const std::vector<OptionSpec> options = {
        {QStringLiteral("json"), {}, QStringLiteral("print machine-readable JSON")},
        {QStringLiteral("help"), {}, QStringLiteral("show help for the command")},
    };
    return options;
}

void printTopHelp(QTextStream& out)
{
    out << "Usage: frontdeskctl COMMAND [OPTIONS]\n\n"
        << "Frontdesk administration and batch tool.\n\nCommands:\n";
    for (const auto& c : registry())
        out << "  " << c.path.join(QLatin1Char(' ')).leftJustified(24) << c.summary << '\n';
    out << "\nRun 'frontdeskctl COMMAND --help' for a command's options.\n"
        << "Exit status: 0 ok, 1 failed, 2 bad usage, 3 problems found.\n";
}

void printCommandHelp(const CommandSpec& c, QTextStream& out)
{
    out << "Usage: frontdeskctl " << c.path.join(QLatin1Char(' ')) << ' ' << c.usage << "\n\n"
        << c.summary << "\n\nOptions:\n";
    auto all = c.options;
    all.insert(all.end(), globalOptions().begin(), globalOptions().end());
    for (const auto& o : all) {
        QString head = QStringLiteral("--") + o.name;
        if (!o.valueName.isEmpty())
            head += QLatin1Char(' ') + o.valueName;
        out << "  " << head.leftJustified(26) << o.help << '\n';
    }
}

const OptionSpec* findOption(const CommandSpec& c, const QString& name)
{
    for (const auto& o : c.options)
        if (o.name == name)
            return &o;
    for (const auto& o : globalOptions())
        if (o.name == name)
            return &o;
    return nullptr;
}
}  // namespace

bool registerCommand(CommandSpec spec)
{
    auto& r = registry();
    auto pos = std::lower_bound(r.begin(), r.end(), spec, [](const CommandSpec& a, const CommandSpec& b) {
        return a.path.join(QLatin1Char(' ')) < b.path.join(QLatin1Char(' '));
    });
    r.insert(pos, std::move(spec));
    return true;
}

const std::vector<CommandSpec>& commands()
{
    return registry();
}

CommandContext::CommandContext(const CommandSpec& spec, QStringList positional,
                               QMap<QString, QString> values, QSet<QString> flags)
    : m_spec(spec), m_positional(std::move(positional)), m_values(std::move(values)),
      m_flags(std::move(flags)), m_out(stdout), m_err(stderr)
{
}

void CommandContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CommandContext::fail(const Error& error, int status)
{
    m_out.flush();
    if (json()) {
        QJsonObject e{{QStringLiteral("code"), errorCodeName(error.code)},
                      {QStringLiteral("message"), error.toString()}};
        m_err << QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact) << '\n';
    } else {
        QString line = error.toString();
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_err << "frontdeskctl: " << line << '\n';
    }
    m_err.flush();
    return status;
}

int CommandContext::usageError(const QString& message)
{
    return fail(makeError(ErrorCode::InvalidInput, message), kExitUsage);
}

int dispatch(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments.mid(1);
    const bool wantsJson = args.contains(QStringLiteral("--json"));
    auto usage = [&](const QString& message) {
        CommandSpec none;
        QSet<QString> flags;
        if (wantsJson)
            flags.insert(QStringLiteral("json"));
        CommandContext ctx(none, {}, {}, flags);
        return ctx.usageError(message);
    };
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("help")) {
        printTopHelp(out);
        return args.isEmpty() ? kExitUsage : kExitOk;
    }
    if (args.first() == QStringLiteral("--version")) {
        out << "frontdeskctl " << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }

    // The longest registered command path that prefixes the words.
    const CommandSpec* match = nullptr;
    for (const auto& c : registry()) {
        if (c.path.size() <= args.size() && args.mid(0, c.path.size()) == c.path
            && (!match || c.path.size() > match->path.size()))
            match = &c;
    }
    if (!match) {
        QString words;
        for (const QString& a : args) {
            if (a.startsWith(QLatin1Char('-')))
                break;
            words += (words.isEmpty() ? QString() : QStringLiteral(" ")) + a;
        }
        return usage(tr("unknown command \"%1\"; see 'frontdeskctl --help'").arg(words));
    }

    QStringList positional;
    QMap<QString, QString> values;
    QSet<QString> flags;
    for (qsizetype i = match->path.size(); i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QStringLiteral("--")) {
            positional += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(QStringLiteral("--")) || a.size() == 2) {
            positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        const OptionSpec* spec = findOption(*match, name);
        if (!spec)
            return usage(tr("unknown option --%1 for '%2'").arg(name, match->path.join(QLatin1Char(' '))));
        if (spec->valueName.isEmpty()) {
            flags.insert(name);
        } else if (hasInline) {
            values.insert(name, inlineValue);
        } else if (i + 1 < args.size()) {
            values.insert(name, args.at(++i));
        } else {
            return usage(tr("option --%1 needs a value (%2)").arg(name, spec->valueName));
        }
    }
    if (flags.contains(QStringLiteral("help"))) {
        printCommandHelp(*match, out);
        return kExitOk;
    }
    if (positional.size() < match->minPositional
        || (match->maxPositional >= 0 && positional.size() > match->maxPositional)) {
        return usage(tr("wrong number of arguments; usage: frontdeskctl %1 %2")
                         .arg(match->path.join(QLatin1Char(' ')), match->usage));
    }
    CommandContext ctx(*match, positional, values, flags);
    return match->run(ctx);
}

}  // namespace fd::cli
