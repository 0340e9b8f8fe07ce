// `newsarc-index clean`: print each article exactly as it would be indexed, touching no database.
#include <iostream>
#include <thread>

#include "common/article_json.h"
#include "common/article_text.h"
#include "indexer/commands.h"
#include "indexer/ingest.h"
#include "indexer/pipeline.h"

namespace newsarc {
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
            write_article_text(std::get<Article>(item), std::cout);
        } else {
            std::cout << article_to_json(std::get<Article>(item)) << '\n';
        }
    }
    std::cout.flush();
    return reporter.errors() > 0 ? 1 : 0;
}

}  // namespace newsarc
