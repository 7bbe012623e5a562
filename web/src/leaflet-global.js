// leaflet.markercluster extends the global `L`: it must exist before that module runs.
import L from 'leaflet';

window.L = L;
export default L;
