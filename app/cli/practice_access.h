#pragma once

#include "command.h"

#include "common/service_registry.h"
#include "security/practice_session.h"

#include <memory>
#include <vector>

namespace fd::cli {

// The options every command that opens a practice takes.
// With loginUserOption false the command uses --user for something else (audit list's
// filter) and the login user comes from --as.
std::vector<OptionSpec> practiceOptions(std::vector<OptionSpec> more = {}, bool loginUserOption = true);

// A logged-in practice for one command: the session and the cores' services.
struct OpenPractice
{
    std::unique_ptr<security::PracticeSession> session;
    ServiceRegistry registry;
};

// --db (missing: usage error, exit 2), the user from --user / FRONTDESK_USER / the practice's
// first administrator, the password from --password-file / FRONTDESK_PASSWORD / the systemd
// credential "frontdesk-password" / a terminal prompt. On failure prints the error and sets
// `exitStatus`.
std::unique_ptr<OpenPractice> openPractice(CommandContext& ctx, int* exitStatus);

// The password for a command, by the same rules (for init and restore).
Result<QString> readPassword(CommandContext& ctx, const QString& prompt);
// A new password for users add / passwd: --new-password-file, FRONTDESK_NEW_PASSWORD, or
// a prompt asked twice.
Result<QString> readNewPassword(CommandContext& ctx);

// Maps a session error to the exit status the CLI promises.
int exitStatusFor(const Error& error);

}  // namespace fd::cli
