// `newsarc-index clean`: print each article exactly as it would be indexed, touching no database.
#include <iostream>
#include <memory>
#include <thread>

#include "common/cli/clean_options.h"
#include "common/model/article_json.h"
#include "common/model/article_text.h"
#include "indexer/commands.h"
#include "common/ingest/inputs.h"
#include "common/ingest/learning.h"
#include "common/ingest/pipeline.h"

namespace newsarc {
namespace {

// Articles held back so that boilerplate learned from later files is removed from earlier ones.
constexpr std::size_t kCleanLookahead = 4000;

struct CleanArgs {
    std::vector<std::string> paths;
    std::vector<std::string> boilerplate_files;
    OutputFormat format = OutputFormat::jsonl;
};

int run_clean(const CleanArgs& args) {
    CleanOptions options = load_clean_options(args.boilerplate_files);
    Reporter reporter;
    std::vector<std::string> files = expand_inputs(args.paths, reporter);
    ArticlePipeline pipeline(files, options, std::max(1u, std::thread::hardware_concurrency()));
    // Boilerplate is learned from the files given, as `add` learns it from the archive.
    LearningBuffer buffer(BoilerplateLearner(), kCleanLookahead);
    auto print = [&](const Article& article) {
        if (args.format == OutputFormat::text)
            write_article_text(article, std::cout);
        else
            std::cout << article_to_json(article) << '\n';
    };
    CleanItem item;
    while (pipeline.next(item)) {
        if (auto* diagnostic = std::get_if<Diagnostic>(&item)) {
            reporter.report(*diagnostic);
            continue;
        }
        if (auto* article = std::get_if<Article>(&item)) buffer.push(std::move(*article));
        while (buffer.ready(false)) print(buffer.pop());
    }
    while (buffer.ready(true)) print(buffer.pop());
    std::cout.flush();
    return reporter.errors() > 0 ? 1 : 0;
}

}  // namespace

Command clean_command(CLI::App& app) {
    auto args = std::make_shared<CleanArgs>();
    auto* cmd = app.add_subcommand("clean", "Print articles as they would be indexed (no database)");
    cmd->add_option("--boilerplate", args->boilerplate_files, "File of extra boilerplate patterns, one per line");
    add_format_option(cmd, args->format, {"jsonl", "text"});
    cmd->add_option("paths", args->paths, "Files, folders, or -")->required();
    cmd->footer(
        "Examples:\n"
        "  newsarc-index clean story.txt --format text\n"
        "  newsarc-index clean reut2-000.sgm | head -n 3");
    return {cmd, [args] { return run_clean(*args); }};
}

}  // namespace newsarc
