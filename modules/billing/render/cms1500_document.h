#pragma once

#include "billing/render/cms1500.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

#include <vector>

class QPainter;
class QPagedPaintDevice;
class QPrinter;

namespace fd::billing::render {

// CMS-1500 (02/12) sheets of some claims, painted at the form's real geometry: the form in
// drop-out red with the data in black, or the data alone for pre-printed forms. The same
// pages go to a printer, a PDF and pictures. Needs a QGuiApplication (the CLI and the shell
// are QApplications).
class Cms1500Document
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::render::Cms1500Document)

public:
    Cms1500Document(std::vector<Cms1500Claim> claims, Cms1500Options options = {});

    const std::vector<Cms1500Claim>& claims() const { return m_claims; }
    const std::vector<Cms1500Page>& pages() const { return m_pages; }

    // Paints one sheet on a painter whose coordinates are page units (grid.h: 1/720 in).
    void paintPage(QPainter& painter, std::size_t page) const;
    // Every sheet on a printer or PDF writer, one per page, at the form's size.
    Status print(QPagedPaintDevice& device) const;
    Status print(QPrinter& printer) const;
    // A US Letter PDF of every sheet.
    Result<QByteArray> pdf() const;
    // One sheet on white at `dpi` (8.5 x 11 in).
    QImage image(std::size_t page, int dpi = 150) const;

private:
    void paintData(QPainter& painter, const Cms1500Claim& claim, const Cms1500Page& page) const;

    std::vector<Cms1500Claim> m_claims;
    Cms1500Options m_options;
    std::vector<Cms1500Page> m_pages;
};

}  // namespace fd::billing::render
