// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the app's SVG icon to the PNG sizes a desktop menu asks for
// (hicolor/<n>x<n>/apps/clubmanager.png) and to clubmanager.ico for the Windows installer,
// so no bitmap is kept in the repository and none is downloaded.
//   club_render_icon app.svg OUTDIR 16 24 32 48 64 128 256
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {
QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image;
}

bool save(const QImage &image, const QString &file, const char *format)
{
    QImageWriter writer(file, format);
    if (writer.write(image))
        return true;
    std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file), qPrintable(writer.errorString()));
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: club_render_icon ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    int largest = 0;
    for (const QString &arg : args.mid(3)) {
        const int size = arg.toInt();
        if (size <= 0)
            return 2;
        const QString folder = QStringLiteral("hicolor/%1x%1/apps").arg(size);
        if (!out.mkpath(folder) ||
            !save(render(svg, size), out.filePath(folder + QStringLiteral("/clubmanager.png")), "png"))
            return 1;
        largest = qMax(largest, size);
    }
    // Windows takes one 256-pixel image and scales it down for small views.
    return save(render(svg, qMin(largest, 256)), out.filePath(QStringLiteral("clubmanager.ico")), "ico") ? 0 : 1;
}
