import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/api-error';
import { interviewKeys } from './keys';
import type { PointInput, PointPreview } from './types';

/** How long typing must pause before the points are shown as a note will read them. */
export const POINT_PREVIEW_DELAY_MS = 400;

/** Each point as a note will carry it (the server's phrasing rules); nothing is saved. */
export function previewPoints(points: PointInput[], toSpeaker: boolean, signal?: AbortSignal): Promise<PointPreview[]> {
  return unwrap(api.POST('/v1/discussion-points/preview', { body: { points, to_speaker: toSpeaker }, signal }));
}

export const pointPreviewQueryOptions = (points: PointInput[], toSpeaker: boolean) =>
  queryOptions({
    queryKey: [...interviewKeys.all, 'point-preview', toSpeaker, points] as const,
    queryFn: ({ signal }) => previewPoints(points, toSpeaker, signal),
    enabled: points.length > 0,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** Previews of the points once typing pauses; the previews of earlier text meanwhile. */
export function usePointPreviews(points: PointInput[], toSpeaker: boolean) {
  const key = JSON.stringify(points);
  const settledKey = useSettled(key, POINT_PREVIEW_DELAY_MS);
  const settled = JSON.parse(settledKey) as PointInput[];
  const query = useQuery(pointPreviewQueryOptions(settled, toSpeaker));
  return { previews: settled.length > 0 ? query.data : undefined, current: settledKey === key, error: query.error };
}
