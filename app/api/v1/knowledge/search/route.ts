import { errorResponse } from "@/lib/api/error-response";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchParamsToInput } from "@/lib/directory/schema";
import { searchKnowledge } from "@/lib/knowledge/search";

export const dynamic = "force-dynamic";

// GET /api/v1/knowledge/search?q=…&country=VN&topic=customs&type=article|question|story&language=sv&page=1
// – articles, export stories and questions: { items, total, facets }. Visitors get public
// items only. See docs/api.md.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  try {
    const input = searchParamsToInput(new URL(request.url).searchParams);
    const result = await searchKnowledge({ ...input, actorId: user?.id ?? null });
    return Response.json({
      items: result.items.map((hit) => ({
        id: hit.id,
        type: hit.type,
        title: hit.title.text,
        snippet: hit.snippet.text,
        countries: hit.countries,
        url: `/knowledge/${hit.id}`,
        topics: hit.topics,
        language: hit.language,
        publishedAt: hit.publishedAt.toISOString(),
        // [start, end) offsets of the matches in `title` and `snippet`.
        highlights: { title: hit.title.highlights, snippet: hit.snippet.highlights },
        similar: hit.fuzzy,
      })),
      total: result.total,
      // Only when more items match than the search ranks: total is then a lower bound (docs/api.md).
      ...(result.capped ? { capped: true } : {}),
      page: result.query.page,
      pageCount: result.pageCount,
      facets: result.facets,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
