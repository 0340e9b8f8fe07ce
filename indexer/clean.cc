// `newsarc-index clean`: print each article exactly as it would be indexed, touching no database.
#include <iostream>
#include <thread>

#include "common/article_json.h"
#include "common/text/strutil.h"
#include "indexer/commands.h"
#include "indexer/ingest.h"
#include "indexer/pipeline.h"

namespace newsarc {
namespace {

void print_text(const Article& a, std::ostream& out) {
    out << "id:        " << a.id << '\n'
        << "source:    " << a.source << '\n'
        << "title:     " << a.title << '\n'
        << "authors:   " << strutil::join(a.authors, "; ") << '\n'
        << "published: " << (a.published ? a.published->iso() : "unknown") << '\n'
        << "url:       " << a.url << '\n'
        << "site:      " << a.site << '\n'
        << "section:   " << a.section << '\n';
    for (const auto& [tag, values] : a.tags) out << tag << "s: " << strutil::join(values, ", ") << '\n';
    out << '\n' << a.body() << "\n\n";
}

}  // namespace

int run_clean(const CleanArgs& args) {
    CleanOptions options = load_clean_options(args.boilerplate_files);
    Reporter reporter;
    std::vector<std::string> files = expand_inputs(args.paths, reporter);
    ArticlePipeline pipeline(files, options, std::max(1u, std::thread::hardware_concurrency()));
    CleanItem item;
    while (pipeline.next(item)) {
        if (auto* diagnostic = std::get_if<Diagnostic>(&item)) {
            reporter.report(*diagnostic);
        } else if (args.format == OutputFormat::text) {
            print_text(std::get<Article>(item), std::cout);
        } else {
            std::cout << article_to_json(std::get<Article>(item)) << '\n';
        }
    }
    std::cout.flush();
    return reporter.errors() > 0 ? 1 : 0;
}

}  // namespace newsarc
