#pragma once

// Shared by the practice commands (locations, providers, payers, fees, codes).
#include "command.h"
#include "practice_access.h"

#include "practice/core/practice_types.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace fd::cli::practice_cli {

QString tr(const char* text);

// Opens the practice, runs `body`, logs out; the body's exit status wins over logout's.
int withPractice(CommandContext& ctx, const std::function<int(OpenPractice&)>& body);

// Maps a service error to an exit status: refused input and denied permission are failures.
int failWith(CommandContext& ctx, const Error& error);

// A date option as YYYY-MM-DD; invalid (and a usage error printed) when malformed.
std::optional<QDate> dateOption(CommandContext& ctx, const QString& name, const QDate& fallback, int* status);

QStringList splitList(const QString& text);  // "a, b,c" -> {"a", "b", "c"}

// The address options (--line1 --line2 --city --state --zip) and the Address they make.
std::vector<OptionSpec> addressOptions();
practice::Address addressFrom(const CommandContext& ctx);

QJsonObject addressJson(const practice::Address& a);
QJsonObject locationJson(const practice::Location& l);
QJsonObject providerJson(const practice::Provider& p);
QJsonObject payerJson(const practice::Payer& p);
QJsonObject scheduleJson(const practice::FeeSchedule& s);

}  // namespace fd::cli::practice_cli
