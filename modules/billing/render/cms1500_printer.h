#pragma once

#include "billing/render/cms1500_builder.h"
#include "billing/render/cms1500_document.h"

class QPrinter;

namespace fd::billing::render {

// What the billing workbench and the CLI call to put claims on paper: the CMS-1500 (02/12)
// of each claim, as a PDF or to a printer, each print audited per claim (docs/CMS1500.md).
class Cms1500Printer
{
public:
    explicit Cms1500Printer(Cms1500Sources sources) : m_builder(std::move(sources)) {}
    explicit Cms1500Printer(const ServiceRegistry& registry) : m_builder(Cms1500Sources::from(registry)) {}

    // The forms of the claims, in the order given, as one US Letter PDF.
    Result<QByteArray> render(const QStringList& claimIds, const Cms1500Options& options = {}) const;
    // The same sheets on a printer (at its full page; set the printer up before).
    Status print(const QStringList& claimIds, QPrinter& printer, const Cms1500Options& options = {}) const;
    // The document alone (a preview): printing or saving it is the caller's to audit through
    // builder().recordPrinted().
    Result<Cms1500Document> document(const QStringList& claimIds, const Cms1500Options& options = {}) const;

    const Cms1500Builder& builder() const { return m_builder; }

private:
    Cms1500Builder m_builder;
};

}  // namespace fd::billing::render
