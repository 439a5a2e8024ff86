import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { jobDocumentQuery, jobMasterQuery, type JobDocument } from '../api/jobs.ts';
import { Loaded } from '../components/Loaded.tsx';
import { JobEditor } from '../features/jobs/JobEditor.tsx';

const route = getRouteApi('/signed-in/jabatan/dokumen/$id');

function WithMaster({ doc }: { doc: JobDocument }) {
  const master = useQuery(jobMasterQuery(doc.masterYear));
  return <Loaded query={master}>{(m) => <JobEditor key={doc.id} doc={doc} master={m} />}</Loaded>;
}

/** `/jabatan/dokumen/$id`: the Anjab, Evjab or SKJ editor. */
export function JobDocumentPage() {
  const { id } = route.useParams();
  const doc = useQuery({ ...jobDocumentQuery(id), staleTime: Infinity, refetchOnWindowFocus: false });
  return <Loaded query={doc} page>{(d) => <WithMaster doc={d} />}</Loaded>;
}
